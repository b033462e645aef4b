#include "ui/views/LiveCheckView.h"

#include "core/check/SpfTree.h"
#include "core/common/DomainName.h"
#include "core/dns/ParallelResolver.h"
#include "core/workspace/Workspace.h"
#include "ui/BackgroundTask.h"
#include "ui/Widgets.h"
#include "ui/models/CheckTreeModel.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeView>
#include <QVBoxLayout>
#include <chrono>
#include <future>

namespace dmarcplan::ui {

namespace {
// The first name each question asks (its linter asks the rest through the same cache).
dns::Question firstQuestion(const CheckQuestion& question) {
    const std::string domain = question.domain.toStdString();
    switch (question.kind) {
    case CheckQuestion::Kind::Spf:
        return {domain, dns::RecordType::TXT};
    case CheckQuestion::Kind::Dmarc:
        return {"_dmarc." + domain, dns::RecordType::TXT};
    case CheckQuestion::Kind::Mx:
        return {domain, dns::RecordType::MX};
    case CheckQuestion::Kind::Dkim:
        return {question.selector.toStdString() + "._domainkey." + domain, dns::RecordType::TXT};
    }
    return {domain, dns::RecordType::TXT};
}
} // namespace

LiveCheckView::LiveCheckView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("liveCheckView"));
    m_domain = labelled(new QLineEdit(this), "liveDomainEdit", tr("The domain to check, e.g. example.com"));
    m_domain->setPlaceholderText(QStringLiteral("example.com"));
    m_selectors = labelled(new QLineEdit(this), "liveSelectorsEdit",
                           tr("DKIM selectors to look up, separated by spaces or commas (the part before "
                              "._domainkey)"));
    m_selectors->setPlaceholderText(QStringLiteral("selector1, google"));
    m_check = labelled(new QPushButton(tr("&Check"), this), "liveCheckButton",
                       tr("Look up the domain's SPF, DMARC, MX and DKIM records now"));
    m_check->setDefault(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("liveSummary"));
    m_summary->setWordWrap(true);
    m_task = new TaskPanel(this);

    m_model = new CheckTreeModel(this);
    m_tree = labelled(new QTreeView(this), "liveCheckTree",
                      tr("What DNS answered; expand a row to see its records and, for SPF, its includes"),
                      tr("Live check results"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(CheckTreeModel::NameColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(CheckTreeModel::ResultColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(CheckTreeModel::LookupsColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    auto* form = new QGridLayout;
    form->addWidget(buddyLabel(tr("&Domain:"), m_domain, this), 0, 0);
    form->addWidget(m_domain, 0, 1);
    form->addWidget(m_check, 0, 2);
    form->addWidget(buddyLabel(tr("DKIM &selectors:"), m_selectors, this), 1, 0);
    form->addWidget(m_selectors, 1, 1, 1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(viewHeading(tr("Live check"), this));
    layout->addLayout(form);
    layout->addWidget(m_task);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);

    connect(m_check, &QPushButton::clicked, this, &LiveCheckView::startCheck);
    connect(m_domain, &QLineEdit::returnPressed, this, &LiveCheckView::startCheck);
    connect(m_selectors, &QLineEdit::returnPressed, this, &LiveCheckView::startCheck);
}

LiveCheckView::~LiveCheckView() {
    // The worker holds no pointer into this view, but wait so the process never exits under it.
    if (m_watcher) {
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
}

bool LiveCheckView::isRunning() const {
    return m_watcher && m_watcher->isRunning();
}

void LiveCheckView::startCheck() {
    cancelCheck();
    const QString domain = m_domain->text().trimmed();
    if (!isValidDomainName(domain.toStdString()) || !domain.contains(QLatin1Char('.'))) {
        m_summary->setText(tr("Enter a domain name such as example.com."));
        return;
    }
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const auto questions = checkQuestions(domain, m_selectors->text().split(separators, Qt::SkipEmptyParts));
    m_model->clear();
    for (const auto& question : questions)
        m_model->appendNode(pendingNode(question));
    m_summary->setText(tr("Checking %1...").arg(domain));

    auto* watcher = new QFutureWatcher<CheckUpdate>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::resultReadyAt, this,
            [this, watcher](int resultIndex) { showUpdate(watcher, resultIndex); });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] { finish(watcher); });
    watcher->setFuture(runInBackground<CheckUpdate>([options = m_options, questions](QPromise<CheckUpdate>& promise) {
        promise.setProgressRange(0, int(questions.size()));
        auto ws = workspace::Workspace::open(options);
        if (!ws) {
            for (std::size_t i = 0; i < questions.size(); ++i) {
                CheckNode node = pendingNode(questions[i]);
                node.outcome = Outcome::TempError;
                node.status = QCoreApplication::translate("LiveCheck", "DNS settings");
                node.detail = QString::fromStdString(ws.error().describe());
                promise.addResult(CheckUpdate{int(i), std::move(node)});
            }
            promise.setProgressValue(int(questions.size()));
            return;
        }
        // Every question is asked at once: the first-level names in one parallel batch, the SPF
        // include tree level by level (core/check's walk), then each linter runs on its own thread
        // and finds its answers in the shared cache. A row is shown as soon as its answer is ready.
        dns::ParallelResolver pool(ws->current());
        std::vector<dns::Question> first;
        for (const auto& question : questions)
            first.push_back(firstQuestion(question));
        pool.prefetch(first);
        std::vector<std::future<CheckNode>> answers;
        for (const auto& question : questions)
            answers.push_back(std::async(std::launch::async, [&pool, question] {
                if (question.kind == CheckQuestion::Kind::Spf)
                    check::walkSpfTree(question.domain.toStdString(), pool);
                return answerQuestion(pool.resolver(), question);
            }));
        std::vector<bool> shown(questions.size(), false);
        for (int done = 0; done < int(questions.size()) && !promise.isCanceled();) {
            for (std::size_t i = 0; i < answers.size(); ++i) {
                if (shown[i] || answers[i].wait_for(std::chrono::milliseconds(10)) != std::future_status::ready)
                    continue;
                shown[i] = true;
                promise.addResult(CheckUpdate{int(i), answers[i].get()});
                promise.setProgressValue(++done);
            }
        }
        // A cancelled check still waits here for the questions in flight (the DNS time budget), off
        // the UI thread; their answers are dropped.
    }));
    m_task->watch(watcher, tr("Asking DNS..."));
    m_tree->expandAll();
}

void LiveCheckView::cancelCheck() {
    if (m_watcher && m_watcher->isRunning())
        m_watcher->cancel();
}

void LiveCheckView::showUpdate(QFutureWatcher<CheckUpdate>* watcher, int resultIndex) {
    if (watcher != m_watcher)
        return; // an answer of a check the user has replaced
    const CheckUpdate update = watcher->resultAt(resultIndex);
    if (update.row < m_model->topLevelCount())
        m_model->replaceNode(update.row, update.node);
    m_tree->expand(m_model->index(update.row, 0));
}

void LiveCheckView::finish(QFutureWatcher<CheckUpdate>* watcher) {
    if (watcher != m_watcher) {
        watcher->deleteLater();
        return;
    }
    const bool cancelled = watcher->isCanceled();
    m_summary->setText(cancelled ? tr("Check cancelled; the rows still waiting were not asked.")
                                 : tr("Check finished."));
    m_watcher = nullptr;
    watcher->deleteLater();
    emit checkFinished();
}

} // namespace dmarcplan::ui
