#pragma once
// The plan's generated records as registrars' web forms ask for them: host (relative to the domain),
// type, value, and what each record is for. Records whose value a provider's console assigns are
// listed as pending (the Lint view says what to fetch).

#include "core/plan/Generator.h"

#include <QAbstractTableModel>
#include <vector>

namespace dmarcplan::ui {

class RecordsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        HostColumn,
        TypeColumn,
        ValueColumn,
        PurposeColumn,
        CopyColumn,
        ColumnCount
    }; // CopyColumn: the view puts a copy button there
    enum Role {
        SourceRole = Qt::UserRole + 1, // where in the plan the record comes from ("sources[2] (...)")
    };

    explicit RecordsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Same records (names and types) as before: dataChanged for the rows whose value changed;
    // otherwise the model is reset.
    void setGenerated(plan::GeneratedPlan generated);
    const plan::GeneratedPlan& generated() const { return m_generated; }
    const plan::GeneratedRecord& record(int row) const { return m_generated.records.at(std::size_t(row)); }

    // What goes into the registrar's value field: TXT as its whole text (forms split long values
    // themselves), MX as "preference host", CNAME as the target; empty for a pending record.
    static QString valueText(const plan::GeneratedRecord& record);

private:
    QString purposeText(const plan::GeneratedRecord& record) const;

    plan::GeneratedPlan m_generated;
};

} // namespace dmarcplan::ui
