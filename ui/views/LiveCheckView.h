#pragma once
// Live check: a domain (and DKIM selectors) checked against today's DNS; answers fill the tree as
// they arrive, on a worker thread, with progress and Cancel.

#include "core/dns/ResolverFactory.h"
#include "ui/LiveCheck.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace dmarcplan::ui {

class CheckTreeModel;
class TaskPanel;

class LiveCheckView : public QWidget {
    Q_OBJECT
public:
    explicit LiveCheckView(QWidget* parent = nullptr);
    ~LiveCheckView() override;

    void setResolverOptions(dns::ResolverOptions options) { m_options = std::move(options); }
    CheckTreeModel* model() const { return m_model; }
    bool isRunning() const;

public slots:
    void startCheck();
    void cancelCheck();

signals:
    void checkFinished();

private:
    void showUpdate(QFutureWatcher<CheckUpdate>* watcher, int resultIndex);
    void finish(QFutureWatcher<CheckUpdate>* watcher);

    dns::ResolverOptions m_options;
    QLineEdit* m_domain = nullptr;
    QLineEdit* m_selectors = nullptr;
    QPushButton* m_check = nullptr;
    QLabel* m_summary = nullptr;
    QTreeView* m_tree = nullptr;
    TaskPanel* m_task = nullptr;
    CheckTreeModel* m_model = nullptr;
    QFutureWatcher<CheckUpdate>* m_watcher = nullptr;
};

} // namespace dmarcplan::ui
