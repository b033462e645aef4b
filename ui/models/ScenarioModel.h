#pragma once
// The combination table: one row per scenario (how a message reaches the receiver), columns SPF, SPF
// aligned, DKIM, DKIM aligned, DMARC and the disposition. Each result cell shows an icon whose shape
// differs per outcome, a word and a colour. A new table for new parameters announces only the cells
// that changed and marks them for a moment (HighlightRole, bold) so users see what their change did.

#include "core/simulate/Row.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>

namespace dmarcplan::ui {

class ScenarioModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ScenarioColumn,
        SpfColumn,
        SpfAlignedColumn,
        DkimColumn,
        DkimAlignedColumn,
        DmarcColumn,
        DispositionColumn,
        ColumnCount
    };
    enum Role {
        HighlightRole = Qt::UserRole + 1, // bool: the cell changed with the last recomputation
        ScenarioIdRole,                   // the scenario's id
    };

    explicit ScenarioModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Same scenarios as before: dataChanged for each changed cell only (and those cells highlighted
    // for `highlightMs`); other scenarios: the model is reset.
    void setTable(simulate::Table table);
    const simulate::Table& table() const { return m_table; }
    const simulate::Row& row(int row) const { return m_table.rows.at(std::size_t(row)); }
    void setHighlightDuration(int milliseconds) { m_highlightTimer.setInterval(milliseconds); }
    bool isHighlighted(int row, int column) const { return m_highlighted.contains(cellKey(row, column)); }

private:
    static quint64 cellKey(int row, int column) { return (quint64(row) << 8) | quint64(column); }
    // The text that identifies a cell's value (what is compared between two tables).
    static QString cellValue(const simulate::Row& row, Column column);
    QVariant scenarioData(const simulate::Row& row, int role) const;
    QVariant resultData(const simulate::Row& row, Column column, int role) const;
    void clearHighlights();

    simulate::Table m_table;
    QSet<quint64> m_highlighted;
    QTimer m_highlightTimer;
};

} // namespace dmarcplan::ui
