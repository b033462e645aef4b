# CPack: a .deb on Debian (tested by tests/packaging), an NSIS installer on Windows and a
# drag-and-drop disk image on macOS (both with Qt's deployment step; not testable on this project's
# Debian machines, see README "Packaging"). Included from the top-level CMakeLists.txt after every
# target exists. Usage: cmake --build build && cd build && cpack -G DEB

set(CPACK_PACKAGE_NAME dmarcplan)
set(CPACK_PACKAGE_VENDOR "The dmarcplan developers")
set(CPACK_PACKAGE_CONTACT "${DMARCPLAN_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines under 80 characters: Debian shows the long description as it is written.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "dmarcplan generates and checks the SPF, DKIM and DMARC records a domain"
    "publishes, evaluates them with real SPF, DKIM and DMARC engines, and shows what"
    "receivers will decide for direct mail, sending providers, forwarding and"
    "mailing lists. Planned records are tested from zone files before they are"
    "deployed."
    "."
    "The package holds the command-line tool dmarcplan and the desktop application"
    "dmarcplan-gui.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${DMARCPLAN_HOMEPAGE}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY dmarcplan)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

# --- Debian ------------------------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # dmarcplan_<version>-<release>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE "${DMARCPLAN_DEBIAN_RELEASE}")
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${DMARCPLAN_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}") # CPack puts the summary first
# Library dependencies come from dpkg-shlibdeps on the installed binaries (libldns, libssl, libpsl, Qt,
# libstdc++ with their real minimum versions); what is loaded at run time without being linked is
# named here: libpsl's list of public suffixes, and Qt's platform plugins for the desktop app.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "publicsuffix")
if(WITH_GUI)
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", qt6-qpa-plugins")
    # Japanese text in the desktop app needs CJK glyphs.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk")
endif()
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# --- Windows (NSIS) and macOS (DragNDrop): Qt's own deployment step copies the Qt libraries and
# plugins next to dmarcplan-gui (windeployqt / macdeployqt through qt_generate_deploy_app_script).
if(WITH_GUI AND (WIN32 OR APPLE))
    set_target_properties(dmarcplan-gui PROPERTIES
        WIN32_EXECUTABLE ON
        MACOSX_BUNDLE ON
        MACOSX_BUNDLE_BUNDLE_NAME dmarcplan
        MACOSX_BUNDLE_GUI_IDENTIFIER "${DMARCPLAN_APP_ID}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}")
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET dmarcplan-gui OUTPUT_SCRIPT qt_deploy_script)
    else()
        qt_generate_deploy_app_script(TARGET dmarcplan-gui FILENAME_VARIABLE qt_deploy_script)
    endif()
    install(SCRIPT "${qt_deploy_script}")
endif()
if(WIN32)
    # The non-Qt DLLs (ldns, OpenSSL, libpsl and what they need) are copied next to the programs.
    install(CODE [[
        file(GET_RUNTIME_DEPENDENCIES
            EXECUTABLES "$<TARGET_FILE:dmarcplan>"
            RESOLVED_DEPENDENCIES_VAR resolved UNRESOLVED_DEPENDENCIES_VAR unresolved
            PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^Qt6"
            POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*")
        file(INSTALL ${resolved} DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
    ]])
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_DISPLAY_NAME dmarcplan)
    set(CPACK_NSIS_PACKAGE_NAME dmarcplan)
    set(CPACK_NSIS_URL_INFO_ABOUT "${DMARCPLAN_HOMEPAGE}")
    set(CPACK_NSIS_CONTACT "${DMARCPLAN_MAINTAINER}")
    set(CPACK_NSIS_MODIFY_PATH ON) # offers to put bin\ (the command-line tool) on PATH
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\dmarcplan-gui.exe")
    set(CPACK_PACKAGE_EXECUTABLES dmarcplan-gui dmarcplan) # Start-menu shortcut
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME dmarcplan)
    set(CPACK_DMG_FORMAT UDZO)
else()
    set(CPACK_GENERATOR DEB)
endif()

include(CPack)
