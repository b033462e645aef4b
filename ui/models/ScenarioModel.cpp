#include "ui/models/ScenarioModel.h"

#include "ui/CoreText.h"
#include "ui/ResultStyle.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace dmarcplan::ui {

namespace {
Outcome alignedOutcome(bool aligned) {
    return aligned ? Outcome::Pass : Outcome::Fail;
}
// What the receiver does: delivering normally is the good outcome, quarantine a warning, reject a fail.
Outcome dispositionOutcome(const std::string& disposition) {
    if (disposition == "reject")
        return Outcome::Fail;
    if (disposition == "quarantine")
        return Outcome::SoftFail;
    return Outcome::Pass;
}
} // namespace

ScenarioModel::ScenarioModel(QObject* parent) : QAbstractTableModel(parent) {
    m_highlightTimer.setSingleShot(true);
    m_highlightTimer.setInterval(1500);
    connect(&m_highlightTimer, &QTimer::timeout, this, &ScenarioModel::clearHighlights);
}

int ScenarioModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ScenarioModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const simulate::Row& row = m_table.rows[std::size_t(index.row())];
    const bool highlighted = m_highlighted.contains(cellKey(index.row(), index.column()));
    if (role == HighlightRole)
        return highlighted;
    if (role == ScenarioIdRole)
        return QString::fromStdString(row.scenario);
    if (highlighted && role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    const Column column = Column(index.column());
    if (column == ScenarioColumn)
        return scenarioData(row, role);
    QVariant value = resultData(row, column, role);
    if (highlighted && role == Qt::BackgroundRole) {
        // A changed cell keeps its outcome colour, mixed with the palette's highlight for a moment.
        const QColor outcome = value.value<QColor>();
        const QColor mark = QGuiApplication::palette().color(QPalette::Highlight);
        return QColor::fromRgbF((outcome.redF() + mark.redF()) / 2, (outcome.greenF() + mark.greenF()) / 2,
                                (outcome.blueF() + mark.blueF()) / 2);
    }
    return value;
}

QVariant ScenarioModel::scenarioData(const simulate::Row& row, int role) const {
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString name =
            row.nameCode.empty() ? QString::fromStdString(row.name) : translatedMessage(row.nameCode, {});
        return tr("%1. %2").arg(&row - m_table.rows.data() + 1).arg(name);
    }
    case Qt::ToolTipRole:
        return translatedMessage(row.reason);
    case Qt::DecorationRole:
        // Mail that should arrive but is refused, or spoofing that gets through, is what to look at.
        return row.legitimate ? QVariant() : outcomeIcon(Outcome::Warning);
    default:
        return {};
    }
}

QString ScenarioModel::cellValue(const simulate::Row& row, Column column) {
    switch (column) {
    case ScenarioColumn:
        return QString::fromStdString(row.scenario);
    case SpfColumn:
        return QString::fromStdString(row.spf);
    case SpfAlignedColumn:
        return row.spfAligned ? QStringLiteral("yes") : QStringLiteral("no");
    case DkimColumn:
        return QString::fromStdString(row.dkim);
    case DkimAlignedColumn:
        return row.dkimAligned ? QStringLiteral("yes") : QStringLiteral("no");
    case DmarcColumn:
        return QString::fromStdString(row.dmarc);
    case DispositionColumn:
        return QString::fromStdString(row.disposition);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ScenarioModel::resultData(const simulate::Row& row, Column column, int role) const {
    Outcome outcome = Outcome::Neutral;
    QString text;
    switch (column) {
    case SpfColumn:
        outcome = outcomeFromResultWord(row.spf);
        break;
    case SpfAlignedColumn:
        outcome = alignedOutcome(row.spfAligned);
        text = row.spfAligned ? tr("aligned") : tr("not aligned");
        break;
    case DkimColumn:
        outcome = outcomeFromResultWord(row.dkim);
        break;
    case DkimAlignedColumn:
        outcome = alignedOutcome(row.dkimAligned);
        text = row.dkimAligned ? tr("aligned") : tr("not aligned");
        break;
    case DmarcColumn:
        outcome = outcomeFromResultWord(row.dmarc);
        break;
    case DispositionColumn:
        outcome = dispositionOutcome(row.disposition);
        text = row.disposition == "reject"       ? tr("reject")
               : row.disposition == "quarantine" ? tr("quarantine")
                                                 : tr("deliver");
        break;
    case ScenarioColumn:
    case ColumnCount:
        return {};
    }
    if (!text.isEmpty() && (role == Qt::DisplayRole || role == Qt::AccessibleTextRole))
        return text;
    if (role == Qt::ToolTipRole)
        return translatedMessage(row.reason);
    return outcomeData(outcome, role, QGuiApplication::palette());
}

QVariant ScenarioModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ScenarioColumn:
        return tr("Scenario");
    case SpfColumn:
        return tr("SPF");
    case SpfAlignedColumn:
        return tr("SPF aligned");
    case DkimColumn:
        return tr("DKIM");
    case DkimAlignedColumn:
        return tr("DKIM aligned");
    case DmarcColumn:
        return tr("DMARC");
    case DispositionColumn:
        return tr("Disposition");
    case ColumnCount:
        break;
    }
    return {};
}

void ScenarioModel::setTable(simulate::Table table) {
    bool sameScenarios = table.rows.size() == m_table.rows.size();
    for (std::size_t i = 0; sameScenarios && i < table.rows.size(); ++i)
        sameScenarios = table.rows[i].scenario == m_table.rows[i].scenario;
    if (!sameScenarios) {
        beginResetModel();
        m_table = std::move(table);
        m_highlighted.clear();
        endResetModel();
        return;
    }
    std::vector<std::pair<int, int>> changed;
    for (int r = 0; r < int(table.rows.size()); ++r)
        for (int c = SpfColumn; c < ColumnCount; ++c)
            if (cellValue(table.rows[std::size_t(r)], Column(c)) != cellValue(m_table.rows[std::size_t(r)], Column(c)))
                changed.emplace_back(r, c);
    // Evidence, reasons and names change without a visible cell changing: the rows are replaced, but
    // only changed cells are announced (views ask again for tooltips when they show them).
    m_table = std::move(table);
    const QSet<quint64> previous = m_highlighted;
    m_highlighted.clear();
    for (auto [r, c] : changed)
        m_highlighted.insert(cellKey(r, c));
    for (quint64 key : previous) // the highlights of the previous change end now
        if (!m_highlighted.contains(key))
            emit dataChanged(index(int(key >> 8), int(key & 0xff)), index(int(key >> 8), int(key & 0xff)));
    for (auto [r, c] : changed)
        emit dataChanged(index(r, c), index(r, c));
    if (!changed.empty())
        m_highlightTimer.start();
}

void ScenarioModel::clearHighlights() {
    const QSet<quint64> cells = std::exchange(m_highlighted, {});
    for (quint64 key : cells)
        emit dataChanged(index(int(key >> 8), int(key & 0xff)), index(int(key >> 8), int(key & 0xff)),
                         {Qt::FontRole, Qt::BackgroundRole, HighlightRole});
}

} // namespace dmarcplan::ui
