#include "ui/views/HeaderView.h"

#include "ui/BackgroundTask.h"
#include "ui/Widgets.h"

#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
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
    m_recheck = labelled(new QCheckBox(tr("&Re-check against today's DNS"), this), "recheckCheck",
                         tr("Also evaluate SPF, DKIM and DMARC again with the records published now"));
    m_result =
        labelled(new QTextBrowser(this), "headerResult", tr("What each authentication method found"), tr("Analysis"));
    m_task = new TaskPanel(this);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_recheck);
    buttons->addStretch();
    buttons->addWidget(m_analyse);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_input);
    splitter->addWidget(m_result);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(viewHeading(tr("Header analyser"), this));
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_task);

    connect(m_analyse, &QPushButton::clicked, this, &HeaderView::analyseRequested);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open message"), QString(),
                                                          tr("Messages (*.eml *.msg *.txt);;All files (*)"));
        if (!path.isEmpty()) {
            if (const QString error = loadMessageFile(path); !error.isEmpty())
                m_result->setPlainText(error);
        }
    });
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
