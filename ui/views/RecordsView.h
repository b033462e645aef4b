#pragma once
// Records: every record the plan needs, as the registrar's host/type/value table (with a copy button
// per row) and as a zone-file snippet; both can be copied whole or exported to a file.

#include "core/plan/Generator.h"

#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace dmarcplan::ui {

class RecordsModel;

class RecordsView : public QWidget {
    Q_OBJECT
public:
    explicit RecordsView(QWidget* parent = nullptr);

    void setGenerated(plan::GeneratedPlan generated);
    RecordsModel* model() const { return m_model; }
    // The zone-file lines for the records (what the snippet box shows).
    QString zoneSnippet() const;
    // Writes the snippet to `path`; returns an error text or an empty string.
    QString exportTo(const QString& path) const;

private:
    void copySelectedValue();
    void addCopyButtons();
    void exportToFile();

    RecordsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_copyValue = nullptr;
    QPushButton* m_copyZone = nullptr;
    QPushButton* m_export = nullptr;
    QPlainTextEdit* m_snippet = nullptr;
};

} // namespace dmarcplan::ui
