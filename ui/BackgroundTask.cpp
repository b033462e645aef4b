#include "ui/BackgroundTask.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace dmarcplan::ui {

QThreadPool& backgroundPool() {
    static QThreadPool pool;
    // DNS work waits on the network more than it computes: a few more threads than cores.
    static const bool configured = [] {
        pool.setMaxThreadCount(qMax(4, QThread::idealThreadCount() * 2));
        // Join the workers when the application object goes away, before the exit handlers run: a
        // worker that ends after OpenSSL's own atexit cleanup leaves its per-thread state behind
        // (LeakSanitizer reported it in the GUI tests under the asan preset).
        qAddPostRoutine([] { backgroundPool().waitForDone(); });
        return true;
    }();
    Q_UNUSED(configured);
    return pool;
}

TaskPanel::TaskPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("taskPanel"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("taskLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("taskProgress"));
    m_progress->setToolTip(tr("Progress of the running task"));
    m_progress->setAccessibleName(tr("Progress"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("taskCancel"));
    m_cancel->setToolTip(tr("Stop the running task; what has arrived so far stays visible."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_cancel);
    setVisible(false);
}

bool TaskPanel::isBusy() const {
    return m_watcher && m_watcher->isRunning();
}

void TaskPanel::watch(QFutureWatcherBase* watcher, const QString& label) {
    if (m_watcher)
        disconnect(m_watcher, nullptr, this, nullptr);
    m_watcher = watcher;
    m_label->setText(label);
    m_progress->setRange(0, 0); // busy indicator until the task says how much there is
    m_cancel->setEnabled(true);
    setVisible(true);
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this,
            [this](int minimum, int maximum) { m_progress->setRange(minimum, maximum); });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(watcher, &QFutureWatcherBase::finished, this, &TaskPanel::finish);
    connect(m_cancel, &QPushButton::clicked, watcher, &QFutureWatcherBase::cancel, Qt::UniqueConnection);
    if (watcher->isFinished())
        finish();
}

void TaskPanel::finish() {
    if (m_watcher)
        disconnect(m_cancel, nullptr, m_watcher, nullptr);
    m_watcher = nullptr;
    setVisible(false);
}

} // namespace dmarcplan::ui
