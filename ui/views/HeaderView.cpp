#include "ui/views/HeaderView.h"

#include "core/workspace/Workspace.h"
#include "ui/BackgroundTask.h"
#include "ui/CoreText.h"
#include "ui/ResultStyle.h"
#include "ui/Widgets.h"
#include "ui/models/HeaderAnalysisModel.h"

#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dmarcplan::ui {

QString headerBlock(const QByteArray& message) {
    qsizetype end = message.size();
    for (const char* separator : {"\r\n\r\n", "\n\n"}) {
        const qsizetype at = message.indexOf(separator);
        if (at >= 0 && at < end)
            end = at;
    }
    // Headers are ASCII or UTF-8 (RFC 6532); anything else shows as replacement characters.
    return QString::fromUtf8(message.left(end));
}

HeaderView::HeaderView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("headerView"));
    setAcceptDrops(true);
    m_input = labelled(new QPlainTextEdit(this), "headersEdit",
                       tr("Paste the headers of a message here (in your mail program: show original / view "
                          "source), or drop an .eml file on this view"),
                       tr("Message headers"));
    m_input->setPlaceholderText(tr("Paste message headers here, or drop an .eml file"));
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_open = labelled(new QPushButton(tr("&Open .eml..."), this), "openMessageButton",
                      tr("Read the headers of a saved message file"));
    m_analyse = labelled(new QPushButton(tr("&Analyse"), this), "analyseButton",
                         tr("Explain the authentication results in these headers"));
    m_recheckBox = labelled(new QCheckBox(tr("&Re-check against today's DNS"), this), "recheckCheck",
                            tr("Also evaluate SPF, DKIM and DMARC again with the records published now"));
    m_model = new HeaderAnalysisModel(this);
    m_table = labelled(new QTableView(this), "headerTable",
                       tr("Each authentication result the receiving servers recorded, what it means and, after a "
                          "re-check, what today's DNS gives"),
                       tr("Authentication results"));
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : {HeaderAnalysisModel::MethodColumn, HeaderAnalysisModel::ResultColumn,
                       HeaderAnalysisModel::TodayColumn, HeaderAnalysisModel::ReceiverColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(HeaderAnalysisModel::ExplanationColumn, QHeaderView::Stretch);
    m_result = labelled(new QTextBrowser(this), "headerResult",
                        tr("The message's addresses, reading problems and the "
                           "re-check against today's DNS"),
                        tr("Summary"));
    m_task = new TaskPanel(this);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_recheckBox);
    buttons->addStretch();
    buttons->addWidget(m_analyse);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_input);
    splitter->addWidget(m_table);
    splitter->addWidget(m_result);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(viewHeading(tr("Header analyser"), this));
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_task);

    connect(m_analyse, &QPushButton::clicked, this, &HeaderView::analyse);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open message"), QString(),
                                                          tr("Messages (*.eml *.msg *.txt);;All files (*)"));
        if (!path.isEmpty()) {
            if (const QString error = loadMessageFile(path); !error.isEmpty())
                m_result->setPlainText(error);
        }
    });
}

HeaderView::~HeaderView() {
    // An analysis still running owns all it uses and its watcher goes with this view; the pool is
    // joined at exit. The re-check worker holds no pointer into this view either, but wait so the
    // process never exits under it.
    if (m_analysisWatcher)
        m_analysisWatcher->cancel();
    if (m_watcher) {
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
}

void HeaderView::analyse() {
    if (m_watcher && m_watcher->isRunning())
        m_watcher->cancel(); // its answer belongs to the previous text
    m_watcher = nullptr;
    if (m_analysisWatcher)
        m_analysisWatcher->cancel(); // superseded: finishAnalysis drops what it brings
    m_recheck.reset();
    m_recheckError.clear();
    // Nothing of the previous text stays on screen while the new one is read.
    m_analysis.reset();
    m_model->setAnalysis({});
    auto* watcher = new QFutureWatcher<headers::HeaderAnalysis>(this);
    m_analysisWatcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] { finishAnalysis(watcher); });
    // The worker owns its copy of the text and touches nothing of the view.
    watcher->setFuture(runInBackground<headers::HeaderAnalysis>(
        [text = m_input->toPlainText().toStdString()](QPromise<headers::HeaderAnalysis>& promise) {
            if (promise.isCanceled())
                return;
            promise.addResult(headers::analyseHeaders(text));
        }));
    m_result->setPlainText(tr("Analysing the headers..."));
    m_task->watch(watcher, tr("Analysing the headers..."));
}

bool HeaderView::isAnalysing() const {
    return m_analysisWatcher != nullptr;
}

void HeaderView::finishAnalysis(QFutureWatcher<headers::HeaderAnalysis>* watcher) {
    watcher->deleteLater();
    if (watcher != m_analysisWatcher)
        return; // a newer Analyse replaced it
    m_analysisWatcher = nullptr;
    if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
        m_result->setPlainText(tr("The analysis was cancelled."));
        return;
    }
    m_analysis = watcher->future().takeResult();
    m_model->setAnalysis(m_analysis->explanations);
    showSummary();
    emit analysisFinished();
    if (m_recheckBox->isChecked() && m_analysis->message)
        startRecheck();
}

bool HeaderView::isRechecking() const {
    return m_watcher && m_watcher->isRunning();
}

void HeaderView::startRecheck() {
    auto* watcher = new QFutureWatcher<RecheckOutcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] { finishRecheck(watcher); });
    watcher->setFuture(runInBackground<RecheckOutcome>(
        [options = m_options, analysis = *m_analysis](QPromise<RecheckOutcome>& promise) {
            auto ws = workspace::Workspace::open(options);
            if (!ws) {
                promise.addResult(RecheckOutcome{std::nullopt, QString::fromStdString(ws.error().describe())});
                return;
            }
            // One call that asks DNS as it goes; a cancel discards its answer.
            promise.addResult(RecheckOutcome{headers::recheckMessage(analysis, ws->current()), {}});
        }));
    m_task->watch(watcher, tr("Re-checking against today's DNS..."));
}

void HeaderView::finishRecheck(QFutureWatcher<RecheckOutcome>* watcher) {
    watcher->deleteLater();
    if (watcher != m_watcher)
        return; // replaced by a newer analysis
    m_watcher = nullptr;
    if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
        m_recheckError = tr("The re-check was cancelled.");
    } else {
        RecheckOutcome outcome = watcher->result();
        m_recheckError = outcome.error;
        m_recheck = std::move(outcome.recheck);
        if (m_recheck)
            m_model->setRecheck(m_recheck->items);
    }
    showSummary();
    emit recheckFinished();
}

QString HeaderView::summaryText() const {
    return m_result->toPlainText();
}

void HeaderView::showSummary() {
    if (!m_analysis) {
        m_result->clear();
        return;
    }
    const auto& a = *m_analysis;
    auto orDash = [](const std::string& text) {
        return text.empty() ? QStringLiteral("-") : QString::fromStdString(text).toHtmlEscaped();
    };
    QString html = QStringLiteral("<p>");
    html += tr("From domain: <b>%1</b>").arg(orDash(a.fromDomain)) + QStringLiteral("<br>");
    html +=
        tr("Return-Path: <b>%1</b>")
            .arg(a.returnPath ? QStringLiteral("&lt;%1&gt;").arg(QString::fromStdString(*a.returnPath).toHtmlEscaped())
                              : QStringLiteral("-")) +
        QStringLiteral("<br>");
    html += tr("Sending server: <b>%1</b> (HELO %2)").arg(orDash(a.clientIp), orDash(a.helo)) + QStringLiteral("<br>");
    html += tr("DKIM signatures: %1").arg(a.dkimSignatures.size()) + QStringLiteral("</p>");
    if (!a.issues.empty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("While reading the headers:"));
        for (const auto& issue : a.issues)
            html += QStringLiteral("<li>%1 %2</li>")
                        .arg(outcomeText(outcomeFor(issue.severity)), translatedMessage(issue).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (m_recheck) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Against today's DNS:"));
        for (const auto& note : m_recheck->notes)
            html += QStringLiteral("<li>%1</li>").arg(translatedMessage(note).toHtmlEscaped());
        for (const auto& item : m_recheck->items) {
            const QString text = translatedMessage(item.message).toHtmlEscaped();
            // Differences are marked by a word and weight, not by colour alone.
            html += item.differs ? QStringLiteral("<li><b>%1 %2</b></li>").arg(tr("Differs:"), text)
                                 : QStringLiteral("<li>%1 %2</li>").arg(tr("Same:"), text);
        }
        html += QStringLiteral("<li>%1</li></ul>").arg(translatedMessage(m_recheck->dmarc.explanation).toHtmlEscaped());
    } else if (!m_recheckError.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Re-check: %1").arg(m_recheckError.toHtmlEscaped()));
    }
    m_result->setHtml(html);
}

QString HeaderView::headerText() const {
    return m_input->toPlainText();
}

QString HeaderView::loadMessageFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 could not be read: %2").arg(path, file.errorString());
    m_input->setPlainText(headerBlock(file.read(4 * 1024 * 1024)));
    return {};
}

void HeaderView::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void HeaderView::dropEvent(QDropEvent* event) {
    const QMimeData* mime = event->mimeData();
    if (mime->hasUrls() && mime->urls().first().isLocalFile()) {
        if (const QString error = loadMessageFile(mime->urls().first().toLocalFile()); !error.isEmpty())
            m_result->setPlainText(error);
    } else if (mime->hasText()) {
        m_input->setPlainText(mime->text());
    }
    event->acceptProposedAction();
}

} // namespace dmarcplan::ui
