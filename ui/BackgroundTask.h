#pragma once
// Work that may take longer than a frame (DNS, key generation, re-checks) runs on a worker thread
// through QtConcurrent with a QPromise: the work reports progress and partial results, and checks
// promise.isCanceled() between steps; the UI side watches with a QFutureWatcher. TaskPanel is the
// progress bar + Cancel button that every view shows for its running task.

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

class QLabel;
class QProgressBar;
class QPushButton;

namespace dmarcplan::ui {

// The pool background work runs on (separate from the global pool, so a slow DNS server cannot starve
// Qt's own uses of it).
QThreadPool& backgroundPool();

// Runs work(QPromise<T>&) on the background pool.
template <typename T, typename Work> QFuture<T> runInBackground(Work&& work) {
    return QtConcurrent::run(&backgroundPool(), std::forward<Work>(work));
}

class TaskPanel : public QWidget {
    Q_OBJECT
public:
    explicit TaskPanel(QWidget* parent = nullptr);

    // Shows the watcher's progress (and `label`) until it finishes or is cancelled; Cancel cancels it.
    void watch(QFutureWatcherBase* watcher, const QString& label);
    bool isBusy() const;

private:
    void finish();

    QFutureWatcherBase* m_watcher = nullptr;
    QLabel* m_label = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace dmarcplan::ui
