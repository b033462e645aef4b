#pragma once
// The header analyser's table: one row per method result a receiver recorded (Authentication-Results,
// ARC-Authentication-Results, Received-SPF), with its explanation and, after a re-check, what today's
// DNS gives for the same method (highlighted where it differs).

#include "core/headers/HeaderAnalyser.h"
#include "core/headers/Recheck.h"

#include <QAbstractTableModel>
#include <optional>

namespace dmarcplan::ui {

class HeaderAnalysisModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { MethodColumn, ResultColumn, TodayColumn, ExplanationColumn, ReceiverColumn, ColumnCount };
    enum Role {
        DiffersRole = Qt::UserRole + 1, // bool: today's DNS gives another result than the one recorded
    };

    explicit HeaderAnalysisModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A new analysis replaces everything (and forgets any re-check).
    void setAnalysis(std::vector<headers::Explanation> explanations);
    // Fills the Today column of the rows whose method was re-checked; announces only that column.
    void setRecheck(const std::vector<headers::RecheckItem>& items);
    void clearRecheck();

    const headers::Explanation& explanation(int row) const { return m_rows.at(std::size_t(row)).explanation; }
    const std::optional<headers::RecheckItem>& recheck(int row) const { return m_rows.at(std::size_t(row)).today; }

private:
    struct Row {
        headers::Explanation explanation;
        std::optional<headers::RecheckItem> today;
    };
    QVariant methodData(const Row& row, int role) const;
    QVariant resultData(const Row& row, int role) const;
    QVariant todayData(const Row& row, int role) const;
    QVariant explanationData(const Row& row, int role) const;
    QVariant receiverData(const Row& row, int role) const;
    void announceToday(int first, int last);

    std::vector<Row> m_rows;
};

} // namespace dmarcplan::ui
