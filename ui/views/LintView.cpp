#include "ui/views/LintView.h"

#include "ui/CoreText.h"
#include "ui/ResultStyle.h"
#include "ui/Widgets.h"
#include "ui/models/FindingsModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dmarcplan::ui {

LintView::LintView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("lintView"));
    m_model = new FindingsModel(this);
    m_filter = new FindingsFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_severity = labelled(new QComboBox(this), "severityFilter", tr("Show only findings at or above this severity"));
    m_severity->addItem(outcomeIcon(Outcome::Info), tr("All findings"), int(Severity::Info));
    m_severity->addItem(outcomeIcon(Outcome::Warning), tr("Warnings and errors"), int(Severity::Warning));
    m_severity->addItem(outcomeIcon(Outcome::Error), tr("Errors only"), int(Severity::Error));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("lintSummary"));

    m_table = labelled(new QTableView(this), "findingsTable",
                       tr("Findings for the plan's records; double-click one to go to the field it is about"),
                       tr("Findings"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FindingsModel::CodeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);

    m_fix =
        labelled(new QTextBrowser(this), "fixText", tr("The selected finding and how to fix it"), tr("Suggested fix"));
    m_fix->setPlaceholderText(tr("Select a finding to see how to fix it."));

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(buddyLabel(tr("&Show:"), m_severity, this));
    filterRow->addWidget(m_severity);
    filterRow->addStretch();
    filterRow->addWidget(m_summary);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_fix);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(viewHeading(tr("Lint"), this));
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);

    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMinimumSeverity(Severity(m_severity->currentData().toInt()));
        updateSummary();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LintView::showSelected);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LintView::showSelected);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit findingActivated(m_model->finding(m_filter->mapToSource(index).row()));
    });
    updateSummary();
}

void LintView::setFindings(Findings findings) {
    m_model->setFindings(std::move(findings));
    updateSummary();
    showSelected();
}

void LintView::showSelected() {
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_fix->clear();
        return;
    }
    const Finding& finding = m_model->finding(current.row());
    const QString fix = translatedFix(finding);
    QString html =
        QStringLiteral("<p><b>%1</b> %2</p>")
            .arg(QString::fromStdString(finding.code).toHtmlEscaped(), translatedMessage(finding).toHtmlEscaped());
    if (!finding.record.empty())
        html += QStringLiteral("<p><code>%1</code></p>").arg(QString::fromStdString(finding.record).toHtmlEscaped());
    html += fix.isEmpty() ? tr("<p>No automatic fix is suggested for this finding.</p>")
                          : tr("<p><b>Fix:</b> %1</p>").arg(fix.toHtmlEscaped());
    m_fix->setHtml(html);
}

void LintView::updateSummary() {
    int counts[3] = {0, 0, 0};
    for (const auto& finding : m_model->findings())
        ++counts[int(finding.severity)];
    m_summary->setText(tr("%1 errors, %2 warnings, %3 notes")
                           .arg(counts[int(Severity::Error)])
                           .arg(counts[int(Severity::Warning)])
                           .arg(counts[int(Severity::Info)]));
}

} // namespace dmarcplan::ui
