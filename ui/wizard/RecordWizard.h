#pragma once
// The record generator wizard: for a domain owner setting up SPF, DKIM and DMARC for the first time.
// Five pages (Domain, Who sends your mail, DKIM, DMARC, Review) fill in one plan::Plan, which the
// Review page turns into records with core's generators, lints, and saves as a plan file.

#include "core/dns/ResolverFactory.h"
#include "core/plan/Catalogue.h"
#include "core/plan/Plan.h"

#include <QString>
#include <QWizard>
#include <functional>
#include <map>
#include <optional>
#include <string>

namespace dmarcplan::ui::wizard {

class RecordWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { DomainPageId, SendersPageId, DkimPageId, DmarcPageId, ReviewPageId };

    explicit RecordWizard(QWidget* parent = nullptr);
    ~RecordWizard() override;

    // DNS the review page lints through (the app passes its settings).
    void setResolverOptions(dns::ResolverOptions options) { m_resolverOptions = std::move(options); }
    const dns::ResolverOptions& resolverOptions() const { return m_resolverOptions; }

    // Test hook instead of the blocking file dialogs: asked for the key folder and the plan file.
    enum class FileDialogKind { KeyFolder, SavePlan };
    using FileChooser = std::function<QString(FileDialogKind kind, const QString& suggestion)>;
    void setFileChooser(FileChooser chooser) { m_fileChooser = std::move(chooser); }
    QString chooseFile(FileDialogKind kind, const QString& suggestion);

    // The plan the pages fill in (each page writes its part when the user moves on).
    plan::Plan& plan() { return m_plan; }
    const plan::Plan& plan() const { return m_plan; }
    // nullptr when the catalogue could not be loaded (catalogueError() says why).
    const plan::Catalogue* catalogue() const { return m_catalogue ? &*m_catalogue : nullptr; }
    QString catalogueError() const { return m_catalogueError; }

    // The domain as the user knows it (Unicode) next to what records use (punycode).
    QString unicodeDomain() const;
    bool sendsNoMail() const;

    // The private keys the DKIM page wrote (selector -> file): the review page signs with them when it
    // simulates the scenarios.
    std::map<std::string, QString>& privateKeys() { return m_privateKeys; }
    const std::map<std::string, QString>& privateKeys() const { return m_privateKeys; }

    // Where "Save as plan" wrote the plan (empty until then); the main window opens it on Finish.
    QString savedPlanPath() const { return m_savedPlanPath; }
    void setSavedPlanPath(const QString& path) { m_savedPlanPath = path; }

private:
    plan::Plan m_plan;
    std::optional<plan::Catalogue> m_catalogue;
    QString m_catalogueError;
    dns::ResolverOptions m_resolverOptions;
    FileChooser m_fileChooser;
    QString m_savedPlanPath;
    std::map<std::string, QString> m_privateKeys;
};

} // namespace dmarcplan::ui::wizard
