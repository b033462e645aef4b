#pragma once
// Lint: every finding for the plan's records, filterable by severity; the selected finding's message
// and fix are shown below the table. Double-click asks the window to go to the field the finding is
// about.

#include "core/common/Finding.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QTextBrowser;

namespace dmarcplan::ui {

class FindingsModel;
class FindingsFilterModel;

class LintView : public QWidget {
    Q_OBJECT
public:
    explicit LintView(QWidget* parent = nullptr);

    void setFindings(Findings findings);
    FindingsModel* model() const { return m_model; }
    FindingsFilterModel* filterModel() const { return m_filter; }

signals:
    void findingActivated(const dmarcplan::Finding& finding);

private:
    void showSelected();
    void updateSummary();

    FindingsModel* m_model = nullptr;
    FindingsFilterModel* m_filter = nullptr;
    QComboBox* m_severity = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_fix = nullptr;
};

} // namespace dmarcplan::ui
