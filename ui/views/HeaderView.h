#pragma once
// Header analyser: paste a message's headers or drop an .eml file; each authentication method's
// result is explained (core/headers' analyser), optionally re-checked against today's DNS, with the
// methods whose answer changed since the message was received highlighted. Both the analysis and the
// re-check run on a worker thread (a pasted megabyte must not freeze the window); a newer Analyse
// supersedes the running one, whose answer is then dropped.

#include "core/dns/ResolverFactory.h"
#include "core/headers/HeaderAnalyser.h"
#include "core/headers/Recheck.h"

#include <QFutureWatcher>
#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace dmarcplan::ui {

class HeaderAnalysisModel;
class TaskPanel;

// What the re-check worker hands back: the re-check, or why it could not run (DNS settings).
struct RecheckOutcome {
    std::optional<headers::Recheck> recheck;
    QString error;
};

class HeaderView : public QWidget {
    Q_OBJECT
public:
    explicit HeaderView(QWidget* parent = nullptr);
    ~HeaderView() override;

    // Puts the header block of a message file into the editor; returns an error text or "".
    QString loadMessageFile(const QString& path);
    QString headerText() const;
    void setResolverOptions(dns::ResolverOptions options) { m_options = std::move(options); }

    HeaderAnalysisModel* model() const { return m_model; }
    // The summary under the table: From/Return-Path/client, reading problems, re-check notes.
    QString summaryText() const;
    bool isAnalysing() const;
    bool isRechecking() const;

public slots:
    // Starts analysing the editor's text on a worker (analysisFinished when it is shown), then the
    // re-check when it is ticked. Returns at once.
    void analyse();

signals:
    void analysisFinished();
    void recheckFinished();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void finishAnalysis(QFutureWatcher<headers::HeaderAnalysis>* watcher);
    void startRecheck();
    void finishRecheck(QFutureWatcher<RecheckOutcome>* watcher);
    void showSummary();

    dns::ResolverOptions m_options;
    std::optional<headers::HeaderAnalysis> m_analysis;
    std::optional<headers::Recheck> m_recheck;
    QString m_recheckError;
    QPlainTextEdit* m_input = nullptr;
    QPushButton* m_analyse = nullptr;
    QPushButton* m_open = nullptr;
    QCheckBox* m_recheckBox = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_result = nullptr;
    HeaderAnalysisModel* m_model = nullptr;
    TaskPanel* m_task = nullptr;
    QFutureWatcher<headers::HeaderAnalysis>* m_analysisWatcher = nullptr; // the newest analysis only
    QFutureWatcher<RecheckOutcome>* m_watcher = nullptr;
};

// The header block of a message: everything up to the first empty line (CRLF or LF).
QString headerBlock(const QByteArray& message);

} // namespace dmarcplan::ui
