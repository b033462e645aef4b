// The Japanese catalogue must cover every string in the code: lupdate is run over the sources into a
// copy of dmarcplan_ja.ts (exactly as the `lupdate` target does), and the copy must have no unfinished
// or empty entries. New strings appear in the copy as unfinished, so a missing entry fails too. Both
// the GUI's tr() strings and every text of core's message catalogue (findings and fixes, results,
// headers, scenarios...) are held to this rule.

#include "ui/Translations.h"
#include "core/common/MessageCatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Entry {
    QString context;
    QString source;
};

QStringList readLines(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Entries whose translation is unfinished or empty (every numerus form must be filled).
QList<Entry> untranslated(const QString& tsPath, QString* error) {
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Entry> missing;
    QXmlStreamReader xml(&file);
    QString context, source;
    bool unfinished = false, empty = true;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name") && source.isNull())
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message")) {
                source = QString(QLatin1String(""));
                unfinished = false;
                empty = true;
            } else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                if (xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished") ||
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("obsolete"))
                    source = QString(); // no longer in the code: does not count
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                empty = text.trimmed().isEmpty();
            } else if (xml.name() == QLatin1String("numerusform")) {
                empty = empty && xml.readElementText().trimmed().isEmpty();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (!source.isEmpty() && (unfinished || empty))
                missing.append({context, source});
            source = QString();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return missing;
}

} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_work;
    QList<Entry> m_missing;
    QSet<QString> m_coreContexts;

    static QString describe(const QList<Entry>& entries) {
        QStringList lines;
        for (const auto& entry : entries)
            lines << QStringLiteral("  [%1] %2").arg(entry.context, entry.source);
        return lines.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase() {
        QVERIFY(m_work.isValid());
        const QString copy = m_work.filePath(QStringLiteral("dmarcplan_ja.ts"));
        QVERIFY(QFile::copy(QStringLiteral(DMARCPLAN_TS_DIR "/dmarcplan_ja.ts"), copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QStringList arguments = readLines(QStringLiteral(DMARCPLAN_LUPDATE_OPTIONS));
        QVERIFY(!arguments.isEmpty());
        arguments << QStringLiteral("@" DMARCPLAN_LUPDATE_SOURCES) << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(DMARCPLAN_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(60000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        QString error;
        m_missing = untranslated(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const auto& entry : dmarcplan::messageCatalogue())
            m_coreContexts.insert(QString::fromLatin1(entry.context));
    }

    void applicationTextsAreTranslated() {
        QList<Entry> ours;
        for (const auto& entry : m_missing) {
            if (!m_coreContexts.contains(entry.context))
                ours << entry;
        }
        QVERIFY2(ours.isEmpty(), qPrintable(QStringLiteral("%1 GUI strings lack a Japanese translation; run "
                                                           "`cmake --build build --target lupdate` and translate "
                                                           "them in resources/translations/dmarcplan_ja.ts:\n%2")
                                                .arg(ours.size())
                                                .arg(describe(ours))));
    }

    void coreCatalogueIsTranslated() {
        QList<Entry> core;
        for (const auto& entry : m_missing) {
            if (m_coreContexts.contains(entry.context))
                core << entry;
        }
        QVERIFY2(core.isEmpty(), qPrintable(QStringLiteral("%1 texts of core's message catalogue lack a Japanese "
                                                           "translation in resources/translations/dmarcplan_ja.ts:\n%2")
                                                .arg(core.size())
                                                .arg(describe(core))));
    }

    // Core fills a translated template by name, so a translation that loses, misspells or invents a
    // {placeholder} would show the user a raw "{name}" or drop a fact: every Japanese text of the
    // catalogue has exactly the English text's placeholders.
    void coreTranslationsKeepPlaceholders() {
        QVERIFY(dmarcplan::ui::installTranslations(QStringLiteral("ja")));
        static const QRegularExpression placeholder(QStringLiteral("\\{[a-z_]+\\}"));
        const auto names = [](const QString& text) {
            QStringList found;
            for (auto it = placeholder.globalMatch(text); it.hasNext();)
                found << it.next().captured();
            found.sort();
            found.removeDuplicates();
            return found;
        };
        QStringList wrong;
        int translated = 0;
        for (const auto& entry : dmarcplan::messageCatalogue()) {
            for (const char* text : {entry.text, entry.fix}) {
                if (*text == '\0')
                    continue;
                const QString source = QString::fromUtf8(text);
                const QString japanese = QCoreApplication::translate(entry.context, text);
                if (japanese != source)
                    ++translated;
                if (names(japanese) != names(source))
                    wrong << QStringLiteral("  [%1] %2\n    -> %3").arg(QLatin1String(entry.code), source, japanese);
            }
        }
        QVERIFY(dmarcplan::ui::installTranslations(QStringLiteral("en")));
        QVERIFY(translated > 0);
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("Japanese texts whose {placeholders} differ from the "
                                                            "English:\n%1")
                                                 .arg(wrong.join(QLatin1Char('\n')))));
    }

    void japaneseCatalogueLoads() {
        QVERIFY(dmarcplan::ui::installTranslations(QStringLiteral("ja")));
        QCOMPARE(QCoreApplication::translate("dmarcplan::ui::MainWindow", "&File"), QStringLiteral("ファイル(&F)"));
        QVERIFY(dmarcplan::ui::installTranslations(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("dmarcplan::ui::MainWindow", "&File"), QStringLiteral("&File"));
    }
};

QTEST_MAIN(TranslationsTest)
#include "TranslationsTest.moc"
