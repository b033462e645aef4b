#pragma once
// Page 5: Review. Every record the plan asks for (host/type/value with a copy button each, and the
// whole set as zone-file lines), the linters' findings for them, and "Save as plan".

#include "core/simulate/Row.h"
#include "ui/wizard/WizardRecords.h"

#include <QFutureWatcher>
#include <QWizardPage>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace dmarcplan::ui {
class ScenarioModel;
class TaskPanel;
} // namespace dmarcplan::ui

namespace dmarcplan::ui::wizard {

class RecordWizard;

// What the background computation hands back (an error text instead of records when it failed).
struct ReviewResult {
    plan::GeneratedPlan records;
    QString error;
    // The scenario simulator run over the new records (as if published), or why it could not run.
    std::optional<simulate::Table> simulation;
    QString simulationError;
};

class ReviewPage : public QWizardPage {
    Q_OBJECT
public:
    enum RecordColumn { HostColumn, TypeColumn, ValueColumn, CopyColumn, RecordColumnCount };
    enum FindingColumn { SeverityColumn, CodeColumn, MessageColumn, FindingColumnCount };

    explicit ReviewPage(RecordWizard* wizard);
    ~ReviewPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isComputing() const;
    const plan::GeneratedPlan& records() const { return m_records; }
    const ScenarioModel* simulationModel() const { return m_simulationModel; }
    QString zoneFileText() const;

public slots:
    bool savePlan();

private:
    void showResult();

    RecordWizard* m_wizard;
    TaskPanel* m_task = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_recordTable = nullptr;
    QPushButton* m_copyAll = nullptr;
    QTableWidget* m_findingTable = nullptr;
    QTableView* m_simulationTable = nullptr;
    ScenarioModel* m_simulationModel = nullptr;
    QLabel* m_simulationNote = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_saveStatus = nullptr;
    QFutureWatcher<ReviewResult>* m_watcher = nullptr;
    plan::GeneratedPlan m_records;
};

} // namespace dmarcplan::ui::wizard
