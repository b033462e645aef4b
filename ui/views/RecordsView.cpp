#include "ui/views/RecordsView.h"

#include "core/common/AtomicFile.h"
#include "ui/Widgets.h"
#include "ui/models/RecordsModel.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace dmarcplan::ui {

RecordsView::RecordsView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("recordsView"));
    m_model = new RecordsModel(this);
    m_table = labelled(new QTableView(this), "recordsTable",
                       tr("The records to create at your DNS provider: host, type and value as their forms ask"),
                       tr("Records"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RecordsModel::HostColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RecordsModel::TypeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RecordsModel::ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RecordsModel::PurposeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RecordsModel::CopyColumn, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);

    m_copyValue = labelled(new QPushButton(tr("Copy &value"), this), "copyValueButton",
                           tr("Copy the selected record's value to the clipboard"));
    m_copyZone = labelled(new QPushButton(tr("Copy &zone snippet"), this), "copyZoneButton",
                          tr("Copy every record as zone-file lines to the clipboard"));
    m_export = labelled(new QPushButton(tr("&Export..."), this), "exportRecordsButton",
                        tr("Save the zone-file lines to a file"));
    m_snippet = labelled(new QPlainTextEdit(this), "zoneSnippet",
                         tr("The records as lines of a zone file, for DNS servers you manage yourself"),
                         tr("Zone-file snippet"));
    m_snippet->setReadOnly(true);
    m_snippet->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_snippet->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copyValue);
    buttons->addWidget(m_copyZone);
    buttons->addStretch();
    buttons->addWidget(m_export);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(viewHeading(tr("Records"), this));
    layout->addWidget(new QLabel(tr("Host, type and value for your DNS provider's web form:"), this));
    layout->addWidget(m_table, 2);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("The same records in zone-file form:"), this));
    layout->addWidget(m_snippet, 1);

    connect(m_copyValue, &QPushButton::clicked, this, &RecordsView::copySelectedValue);
    connect(m_copyZone, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(zoneSnippet()); });
    connect(m_export, &QPushButton::clicked, this, &RecordsView::exportToFile);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_copyValue->setEnabled(current.isValid()); });
    m_copyValue->setEnabled(false);
    m_copyZone->setEnabled(false);
    m_export->setEnabled(false);
}

void RecordsView::setGenerated(plan::GeneratedPlan generated) {
    m_model->setGenerated(std::move(generated));
    addCopyButtons(); // a pending record may have got its value
    m_snippet->setPlainText(zoneSnippet());
    m_copyZone->setEnabled(m_model->rowCount() > 0);
    m_export->setEnabled(m_model->rowCount() > 0);
    m_copyValue->setEnabled(false);
}

void RecordsView::addCopyButtons() {
    for (int row = 0; row < m_model->rowCount(); ++row) {
        auto* button = new QToolButton(m_table);
        button->setObjectName(QStringLiteral("copyRecordButton%1").arg(row));
        button->setText(tr("Copy"));
        button->setToolTip(tr("Copy this record's value to the clipboard"));
        button->setAccessibleName(
            tr("Copy the value of %1").arg(m_model->index(row, RecordsModel::HostColumn).data().toString()));
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, [this, row] {
            if (row < m_model->rowCount())
                QApplication::clipboard()->setText(RecordsModel::valueText(m_model->record(row)));
        });
        button->setEnabled(!m_model->record(row).pending);
        m_table->setIndexWidget(m_model->index(row, RecordsModel::CopyColumn), button);
    }
}

QString RecordsView::zoneSnippet() const {
    // Pending records are comments: a zone file never holds a value that was made up.
    return m_model->rowCount() == 0 ? QString() : QString::fromStdString(plan::toZoneText(m_model->generated()));
}

QString RecordsView::exportTo(const QString& path) const {
    auto written = writeFileAtomically(path.toStdString(), zoneSnippet().toStdString());
    return written ? QString() : QString::fromStdString(written.error().describe());
}

void RecordsView::copySelectedValue() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    QApplication::clipboard()->setText(RecordsModel::valueText(m_model->record(current.row())));
}

void RecordsView::exportToFile() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export records"), QString(),
                                                      tr("Zone files (*.zone);;Text files (*.txt)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportTo(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export records"), tr("The records could not be saved: %1").arg(error));
}

} // namespace dmarcplan::ui
