#include "ui/models/HeaderAnalysisModel.h"

#include "ui/CoreText.h"
#include "ui/ResultStyle.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace dmarcplan::ui {

HeaderAnalysisModel::HeaderAnalysisModel(QObject* parent) : QAbstractTableModel(parent) {}

int HeaderAnalysisModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HeaderAnalysisModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeaderAnalysisModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    if (role == DiffersRole)
        return row.today && row.today->differs;
    switch (Column(index.column())) {
    case MethodColumn:
        return methodData(row, role);
    case ResultColumn:
        return resultData(row, role);
    case TodayColumn:
        return todayData(row, role);
    case ExplanationColumn:
        return explanationData(row, role);
    case ReceiverColumn:
        return receiverData(row, role);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HeaderAnalysisModel::methodData(const Row& row, int role) const {
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return QString::fromStdString(row.explanation.method);
    return {};
}

QVariant HeaderAnalysisModel::resultData(const Row& row, int role) const {
    const QString word = QString::fromStdString(row.explanation.result);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return word; // the receiver's own word (pass, fail, policy...) as recorded
    if (role == Qt::ToolTipRole)
        return tr("Recorded by the receiving server: %1").arg(word);
    return outcomeData(outcomeFromResultWord(row.explanation.result), role, QGuiApplication::palette());
}

QVariant HeaderAnalysisModel::todayData(const Row& row, int role) const {
    if (!row.today)
        return {};
    const auto& item = *row.today;
    const QString word = QString::fromStdString(item.today);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        // The difference is spelled out, not only coloured.
        return item.differs ? tr("%1 (differs)").arg(word) : tr("%1 (same)").arg(word);
    case Qt::ToolTipRole:
        return translatedMessage(item.message);
    case Qt::FontRole:
        if (item.differs) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return outcomeData(outcomeFromResultWord(item.today), role, QGuiApplication::palette());
    }
}

QVariant HeaderAnalysisModel::explanationData(const Row& row, int role) const {
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    QStringList lines{translatedMessage(row.explanation.message)};
    for (const auto& note : row.explanation.notes)
        lines << translatedMessage(note);
    return lines.join(QLatin1Char('\n'));
}

QVariant HeaderAnalysisModel::receiverData(const Row& row, int role) const {
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return QString::fromStdString(row.explanation.authservId);
    if (role == Qt::ToolTipRole)
        return tr("Written by %1 in %2")
            .arg(QString::fromStdString(row.explanation.authservId), QString::fromStdString(row.explanation.source));
    return {};
}

QVariant HeaderAnalysisModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case MethodColumn:
        return tr("Method");
    case ResultColumn:
        return tr("Recorded");
    case TodayColumn:
        return tr("Today");
    case ExplanationColumn:
        return tr("What it means");
    case ReceiverColumn:
        return tr("Receiver");
    case ColumnCount:
        break;
    }
    return {};
}

void HeaderAnalysisModel::setAnalysis(std::vector<headers::Explanation> explanations) {
    beginResetModel();
    m_rows.clear();
    for (auto& explanation : explanations)
        m_rows.push_back(Row{std::move(explanation), std::nullopt});
    endResetModel();
}

void HeaderAnalysisModel::setRecheck(const std::vector<headers::RecheckItem>& items) {
    // The re-check compares with the topmost recording of each method, so it belongs on the rows of
    // the receiver's own Authentication-Results; ARC copies keep what they sealed.
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        if (row.explanation.source == "ARC-Authentication-Results")
            continue;
        for (const auto& item : items) {
            if (item.method == row.explanation.method) {
                row.today = item;
                announceToday(int(i), int(i));
            }
        }
    }
}

void HeaderAnalysisModel::clearRecheck() {
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].today) {
            m_rows[i].today.reset();
            announceToday(int(i), int(i));
        }
    }
}

void HeaderAnalysisModel::announceToday(int first, int last) {
    emit dataChanged(index(first, TodayColumn), index(last, TodayColumn));
}

} // namespace dmarcplan::ui
