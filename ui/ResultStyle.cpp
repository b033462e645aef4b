#include "ui/ResultStyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>

namespace dmarcplan::ui {

namespace {

enum class Shape { Check, Cross, Triangle, Dash, Question, Octagon, Letter, Dots };

Shape shapeOf(Outcome outcome) {
    switch (outcome) {
    case Outcome::Pass:
        return Shape::Check;
    case Outcome::Fail:
    case Outcome::Error:
        return Shape::Cross;
    case Outcome::SoftFail:
    case Outcome::Warning:
        return Shape::Triangle;
    case Outcome::Neutral:
    case Outcome::None:
        return Shape::Dash;
    case Outcome::TempError:
        return Shape::Question;
    case Outcome::PermError:
        return Shape::Octagon;
    case Outcome::Info:
        return Shape::Letter;
    case Outcome::Pending:
        return Shape::Dots;
    }
    return Shape::Dash;
}

QPixmap paintIcon(Outcome outcome, int size) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QColor fill = outcomeColour(outcome);
    const QRectF box(s * 0.06, s * 0.06, s * 0.88, s * 0.88);
    QPen mark(Qt::white, s * 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    switch (shapeOf(outcome)) {
    case Shape::Check:
        painter.drawEllipse(box);
        painter.setPen(mark);
        painter.drawPolyline(QPolygonF({{s * 0.28, s * 0.52}, {s * 0.44, s * 0.68}, {s * 0.73, s * 0.34}}));
        break;
    case Shape::Cross:
        painter.drawRoundedRect(box, s * 0.12, s * 0.12);
        painter.setPen(mark);
        painter.drawLine(QPointF(s * 0.31, s * 0.31), QPointF(s * 0.69, s * 0.69));
        painter.drawLine(QPointF(s * 0.69, s * 0.31), QPointF(s * 0.31, s * 0.69));
        break;
    case Shape::Triangle:
        painter.drawPolygon(QPolygonF({{s * 0.5, s * 0.04}, {s * 0.97, s * 0.93}, {s * 0.03, s * 0.93}}));
        painter.setPen(QPen(Qt::black, s * 0.12, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(s * 0.5, s * 0.36), QPointF(s * 0.5, s * 0.62));
        painter.drawPoint(QPointF(s * 0.5, s * 0.79));
        break;
    case Shape::Dash:
        painter.drawEllipse(box);
        painter.setPen(mark);
        painter.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5));
        break;
    case Shape::Question:
    case Shape::Letter: {
        painter.drawEllipse(box);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(qMax(6, int(s * 0.62)));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(box, Qt::AlignCenter,
                         shapeOf(outcome) == Shape::Question ? QStringLiteral("?") : QStringLiteral("i"));
        break;
    }
    case Shape::Octagon: {
        QPolygonF octagon;
        for (double x : {0.32, 0.68})
            octagon << QPointF(s * x, s * 0.04);
        for (double y : {0.32, 0.68})
            octagon << QPointF(s * 0.96, s * y);
        for (double x : {0.68, 0.32})
            octagon << QPointF(s * x, s * 0.96);
        for (double y : {0.68, 0.32})
            octagon << QPointF(s * 0.04, s * y);
        painter.drawPolygon(octagon);
        painter.setPen(mark);
        painter.drawLine(QPointF(s * 0.5, s * 0.25), QPointF(s * 0.5, s * 0.56));
        painter.drawPoint(QPointF(s * 0.5, s * 0.75));
        break;
    }
    case Shape::Dots:
        painter.setPen(QPen(fill, s * 0.08));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(box.adjusted(s * 0.04, s * 0.04, -s * 0.04, -s * 0.04));
        painter.setPen(QPen(fill, s * 0.14, Qt::SolidLine, Qt::RoundCap));
        for (double x : {0.3, 0.5, 0.7})
            painter.drawPoint(QPointF(s * x, s * 0.5));
        break;
    }
    return pixmap;
}

} // namespace

QString outcomeText(Outcome outcome) {
    switch (outcome) {
    case Outcome::Pass:
        return QCoreApplication::translate("Outcome", "pass");
    case Outcome::Fail:
        return QCoreApplication::translate("Outcome", "fail");
    case Outcome::SoftFail:
        return QCoreApplication::translate("Outcome", "softfail");
    case Outcome::Neutral:
        return QCoreApplication::translate("Outcome", "neutral");
    case Outcome::None:
        return QCoreApplication::translate("Outcome", "none");
    case Outcome::TempError:
        return QCoreApplication::translate("Outcome", "temperror");
    case Outcome::PermError:
        return QCoreApplication::translate("Outcome", "permerror");
    case Outcome::Info:
        return QCoreApplication::translate("Outcome", "info");
    case Outcome::Warning:
        return QCoreApplication::translate("Outcome", "warning");
    case Outcome::Error:
        return QCoreApplication::translate("Outcome", "error");
    case Outcome::Pending:
        return QCoreApplication::translate("Outcome", "waiting");
    }
    return {};
}

QColor outcomeColour(Outcome outcome) {
    // Okabe & Ito, "Color Universal Design" palette.
    switch (outcome) {
    case Outcome::Pass:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case Outcome::Fail:
    case Outcome::Error:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case Outcome::SoftFail:
    case Outcome::Warning:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case Outcome::Neutral:
    case Outcome::None:
        return QColor(0x80, 0x80, 0x80);
    case Outcome::TempError:
    case Outcome::PermError:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case Outcome::Info:
        return QColor(0x00, 0x72, 0xB2); // blue
    case Outcome::Pending:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    }
    return Qt::gray;
}

QColor outcomeBackground(Outcome outcome, const QPalette& palette) {
    const QColor base = palette.color(QPalette::Base);
    const QColor signal = outcomeColour(outcome);
    const qreal alpha = base.lightnessF() < 0.5 ? 0.35 : 0.22;
    return QColor::fromRgbF(base.redF() * (1 - alpha) + signal.redF() * alpha,
                            base.greenF() * (1 - alpha) + signal.greenF() * alpha,
                            base.blueF() * (1 - alpha) + signal.blueF() * alpha);
}

QIcon outcomeIcon(Outcome outcome) {
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(outcome));
    if (it != cache.end())
        return *it;
    QIcon icon;
    // Sizes for 1x, 1.5x and 2x at the usual 16 px item icon size, plus larger ones for headings.
    for (int size : {16, 24, 32, 48, 64})
        icon.addPixmap(paintIcon(outcome, size));
    cache.insert(int(outcome), icon);
    return icon;
}

Outcome outcomeFor(Severity severity) {
    switch (severity) {
    case Severity::Info:
        return Outcome::Info;
    case Severity::Warning:
        return Outcome::Warning;
    case Severity::Error:
        return Outcome::Error;
    }
    return Outcome::Info;
}

Outcome outcomeFromResultWord(std::string_view word) {
    if (word == "pass")
        return Outcome::Pass;
    if (word == "fail")
        return Outcome::Fail;
    if (word == "softfail")
        return Outcome::SoftFail;
    if (word == "none")
        return Outcome::None;
    if (word == "temperror")
        return Outcome::TempError;
    if (word == "permerror")
        return Outcome::PermError;
    return Outcome::Neutral;
}

QVariant outcomeData(Outcome outcome, int role, const QPalette& palette) {
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return outcomeText(outcome);
    case Qt::DecorationRole:
        return outcomeIcon(outcome);
    case Qt::BackgroundRole:
        return outcomeBackground(outcome, palette);
    default:
        return {};
    }
}

} // namespace dmarcplan::ui
