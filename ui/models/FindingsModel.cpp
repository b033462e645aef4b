#include "ui/models/FindingsModel.h"

#include "ui/CoreText.h"
#include "ui/ResultStyle.h"

#include <QGuiApplication>
#include <QPalette>

namespace dmarcplan::ui {

namespace {
bool sameFinding(const Finding& a, const Finding& b) {
    return a.code == b.code && a.severity == b.severity && a.params == b.params && a.span == b.span &&
           a.record == b.record && a.location.file == b.location.file && a.location.line == b.location.line &&
           a.location.column == b.location.column;
}

QString locationText(const Finding& finding) {
    if (finding.location.file.empty())
        return {};
    return QStringLiteral("%1:%2").arg(QString::fromStdString(finding.location.file)).arg(finding.location.line);
}
} // namespace

FindingsModel::FindingsModel(QObject* parent) : QAbstractTableModel(parent) {}

int FindingsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding& finding = m_findings[std::size_t(index.row())];
    if (role == SeverityRole)
        return int(finding.severity);
    if (role == FixRole)
        return translatedFix(finding);
    switch (Column(index.column())) {
    case SeverityColumn:
        return severityData(finding, role);
    case CodeColumn:
        return codeData(finding, role);
    case MessageColumn:
        return messageData(finding, role);
    case RecordColumn:
        return recordData(finding, role);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FindingsModel::severityData(const Finding& finding, int role) const {
    if (role == Qt::ToolTipRole)
        return tr("Severity: %1").arg(outcomeText(outcomeFor(finding.severity)));
    return outcomeData(outcomeFor(finding.severity), role, QGuiApplication::palette());
}

QVariant FindingsModel::codeData(const Finding& finding, int role) const {
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return QString::fromStdString(finding.code);
    return {};
}

QVariant FindingsModel::messageData(const Finding& finding, int role) const {
    if (role == Qt::DisplayRole)
        return translatedMessage(finding);
    if (role == Qt::ToolTipRole) {
        const QString fix = translatedFix(finding);
        return fix.isEmpty() ? translatedMessage(finding) : tr("%1\nFix: %2").arg(translatedMessage(finding), fix);
    }
    return {};
}

QVariant FindingsModel::recordData(const Finding& finding, int role) const {
    if (role == Qt::DisplayRole) {
        const QString location = locationText(finding);
        const QString record = QString::fromStdString(finding.record);
        return location.isEmpty() ? record : tr("%1 (%2)").arg(record, location);
    }
    if (role == Qt::ToolTipRole)
        return QString::fromStdString(finding.record);
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Message");
    case RecordColumn:
        return tr("Record");
    case ColumnCount:
        break;
    }
    return {};
}

void FindingsModel::setFindings(Findings findings) {
    const int oldCount = int(m_findings.size());
    const int newCount = int(findings.size());
    if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_findings.resize(std::size_t(newCount));
        endRemoveRows();
    }
    // Rows both lists have: announce each run of changed rows once.
    const int common = std::min(oldCount, newCount);
    int runStart = -1;
    for (int row = 0; row <= common; ++row) {
        const bool changed = row < common && !sameFinding(m_findings[std::size_t(row)], findings[std::size_t(row)]);
        if (changed) {
            m_findings[std::size_t(row)] = findings[std::size_t(row)];
            if (runStart < 0)
                runStart = row;
        } else if (runStart >= 0) {
            emit dataChanged(index(runStart, 0), index(row - 1, ColumnCount - 1));
            runStart = -1;
        }
    }
    if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        m_findings.insert(m_findings.end(), std::make_move_iterator(findings.begin() + oldCount),
                          std::make_move_iterator(findings.end()));
        endInsertRows();
    }
}

FindingsFilterModel::FindingsFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {}

void FindingsFilterModel::setMinimumSeverity(Severity severity) {
    if (severity == m_minimum)
        return;
    m_minimum = severity;
    invalidateFilter();
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return sourceModel()->data(index, FindingsModel::SeverityRole).toInt() >= int(m_minimum);
}

} // namespace dmarcplan::ui
