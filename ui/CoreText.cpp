#include "ui/CoreText.h"

#include "core/common/MessageCatalogue.h"

#include <QCoreApplication>

namespace dmarcplan::ui {

namespace {
QString fill(const char* context, const char* templ, const MessageParams& params) {
    if (!templ || !*templ)
        return {};
    const QString translated = QCoreApplication::translate(context, templ);
    return QString::fromStdString(substitute(translated.toStdString(), params));
}
} // namespace

QString translatedMessage(std::string_view code, const MessageParams& params) {
    if (const auto* entry = findCatalogueEntry(code))
        return fill(entry->context, entry->text, params);
    // An unknown code shows as core renders it (code and parameters) rather than disappearing.
    return QString::fromStdString(renderMessage(code, params));
}

QString translatedFix(std::string_view code, const MessageParams& params) {
    if (const auto* entry = findCatalogueEntry(code))
        return fill(entry->context, entry->fix, params);
    return {};
}

QString translatedMessage(const Message& message) {
    return translatedMessage(message.code, message.params);
}
QString translatedMessage(const Finding& finding) {
    return translatedMessage(finding.code, finding.params);
}
QString translatedFix(const Finding& finding) {
    return translatedFix(finding.code, finding.params);
}

} // namespace dmarcplan::ui
