#include "ui/wizard/RecordWizard.h"

#include "ui/wizard/DkimPage.h"
#include "ui/wizard/DmarcPage.h"
#include "ui/wizard/DomainPage.h"
#include "ui/wizard/ReviewPage.h"
#include "ui/wizard/SendersPage.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QUrl>

namespace dmarcplan::ui::wizard {

RecordWizard::RecordWizard(QWidget* parent) : QWizard(parent) {
    setObjectName(QStringLiteral("RecordWizard"));
    setWindowTitle(tr("Record generator"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    resize(1000, 800);

    if (auto catalogue = plan::Catalogue::loadDefault())
        m_catalogue = std::move(*catalogue);
    else
        m_catalogueError = QString::fromStdString(catalogue.error().describe());

    setPage(DomainPageId, new DomainPage(this));
    setPage(SendersPageId, new SendersPage(this));
    setPage(DkimPageId, new DkimPage(this));
    setPage(DmarcPageId, new DmarcPage(this));
    setPage(ReviewPageId, new ReviewPage(this));
    setStartId(DomainPageId);
    // Screen readers and keyboard users get the same names as the mouse users' tooltips.
    for (auto [which, tip] : {std::pair{QWizard::BackButton, tr("Back to the previous step; what you entered stays")},
                              std::pair{QWizard::NextButton, tr("Go to the next step")},
                              std::pair{QWizard::FinishButton, tr("Close the wizard (opens the saved plan)")},
                              std::pair{QWizard::CancelButton, tr("Close the wizard without saving")}}) {
        button(which)->setToolTip(tip);
        button(which)->setAccessibleDescription(tip);
    }
}

RecordWizard::~RecordWizard() = default;

QString RecordWizard::chooseFile(FileDialogKind kind, const QString& suggestion) {
    if (m_fileChooser)
        return m_fileChooser(kind, suggestion);
    switch (kind) {
    case FileDialogKind::KeyFolder:
        return QFileDialog::getExistingDirectory(this, tr("Folder for the private keys"), suggestion);
    case FileDialogKind::SavePlan:
        return QFileDialog::getSaveFileName(this, tr("Save plan"), suggestion, tr("Plans (*.dmarcplan.json)"));
    }
    return {};
}

QString RecordWizard::unicodeDomain() const {
    return QUrl::fromAce(QByteArray::fromStdString(m_plan.domain));
}

bool RecordWizard::sendsNoMail() const {
    return m_plan.sources.empty();
}

} // namespace dmarcplan::ui::wizard
