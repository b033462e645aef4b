#pragma once
// Scenarios: what receivers decide for each path a message can take (the combination table, computed
// by core/simulate's Simulator), with the settings users want to try above it and the selected row's
// evidence below. Every change of a control recomputes the table on a worker thread; the cells that
// changed are announced alone and highlighted for a moment.

#include "core/simulate/Simulator.h"
#include "core/workspace/Workspace.h"

#include <QFutureWatcher>
#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class QTextBrowser;

namespace dmarcplan::ui {

class ScenarioModel;

// What the table is computed from: the domain, what it publishes, and where other names come from.
struct SimulationSetup {
    std::string domain;
    dns::ZoneData zone; // the records the domain publishes (or plans to)
    // Where they are simulated: its published() DNS (shared, thread-safe; see core/workspace).
    std::shared_ptr<const workspace::Workspace> workspace;
    std::string selector = "default";              // the domain's DKIM selector
    std::string keyAlgorithm = "rsa";              // rsa | ed25519 | both
    std::vector<simulate::Scenario> planScenarios; // the plan's own, run after the library's
};

// What a recomputation hands back: the table, or why there is none.
struct SimulationOutcome {
    std::optional<simulate::Table> table;
    QString error;
};

class ScenariosView : public QWidget {
    Q_OBJECT
public:
    explicit ScenariosView(QWidget* parent = nullptr);
    ~ScenariosView() override;

    QTableView* table() const { return m_table; }
    ScenarioModel* model() const { return m_model; }

    // A new domain or new records: the controls take the values of the DMARC record the zone publishes
    // at _dmarc.<domain> (so the first table is the domain's own) and the table recomputes.
    void setSimulation(SimulationSetup setup);
    // Where names the domain does not publish are looked up (live DNS, zone files, or nothing when
    // offline); rebuilds the simulation when one is set.
    // The parameters the controls describe now.
    simulate::Parameters parameters() const;
    bool isComputing() const;
    QString evidenceText() const;

public slots:
    void recompute();

signals:
    // Any control changed: the table is being recomputed.
    void parametersChanged();
    // A recomputed table (or an error) is shown.
    void tableUpdated();

private:
    QComboBox* policyCombo(const char* objectName, const QString& toolTip, bool allowInherit);
    QComboBox* alignmentCombo(const char* objectName, const QString& toolTip);
    QCheckBox* option(const QString& text, const char* objectName, const QString& toolTip, bool checked);
    void finish(QFutureWatcher<SimulationOutcome>* watcher);
    void showEvidence();

    void rebuildSimulator();

    std::optional<SimulationSetup> m_setup;
    std::shared_ptr<const simulate::Simulator> m_simulator;
    std::shared_ptr<simulate::KeyStore> m_keys;
    std::string m_selector = "default";
    // The DMARC controls' values for the published record: only tags the user changed are simulated
    // as changed (a domain without a record keeps having none until a control is changed).
    struct DmarcControls {
        QString aspf, adkim, p, sp, np;
        bool testing = false;
        bool operator==(const DmarcControls&) const = default;
    };
    DmarcControls dmarcControls() const;
    DmarcControls m_published;
    bool m_settingControls = false;
    QComboBox* m_aspf = nullptr;
    QComboBox* m_adkim = nullptr;
    QComboBox* m_p = nullptr;
    QComboBox* m_sp = nullptr;
    QComboBox* m_np = nullptr;
    QCheckBox* m_testing = nullptr;
    QCheckBox* m_sign = nullptr;
    QComboBox* m_algorithm = nullptr;
    QCheckBox* m_srs = nullptr;
    QCheckBox* m_listModifies = nullptr;
    QCheckBox* m_listRewrites = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_evidence = nullptr;
    ScenarioModel* m_model = nullptr;
    QFutureWatcher<SimulationOutcome>* m_watcher = nullptr;
    bool m_pending = false; // controls changed while a table was being computed
};

} // namespace dmarcplan::ui
