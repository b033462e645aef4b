#pragma once
// Lint findings as a table: severity (icon + word + colour), code, message, record.

#include "core/common/Finding.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace dmarcplan::ui {

class FindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, CodeColumn, MessageColumn, RecordColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(Severity), for filtering and sorting
        FixRole,                         // the translated suggested fix
    };

    explicit FindingsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the findings, announcing only what changed (rows removed or inserted at the end,
    // dataChanged for rows whose finding differs), so selections and scroll positions survive edits.
    void setFindings(Findings findings);
    const Findings& findings() const { return m_findings; }
    const Finding& finding(int row) const { return m_findings.at(std::size_t(row)); }

private:
    QVariant severityData(const Finding& finding, int role) const;
    QVariant codeData(const Finding& finding, int role) const;
    QVariant messageData(const Finding& finding, int role) const;
    QVariant recordData(const Finding& finding, int role) const;

    Findings m_findings;
};

// Shows findings at or above a minimum severity.
class FindingsFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FindingsFilterModel(QObject* parent = nullptr);
    void setMinimumSeverity(Severity severity);
    Severity minimumSeverity() const { return m_minimum; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Severity m_minimum = Severity::Info;
};

} // namespace dmarcplan::ui
