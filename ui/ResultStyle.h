#pragma once
// How every view shows a result or a severity: an icon whose *shape* differs per outcome, a word, and
// a colour from the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies).
// Colour is never the only carrier of meaning.

#include "core/common/Finding.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>
#include <QVariant>

namespace dmarcplan::ui {

enum class Outcome {
    Pass,
    Fail,
    SoftFail,
    Neutral,
    None,
    TempError,
    PermError,
    Info,
    Warning,
    Error,
    Pending, // asked, no answer yet
};

QString outcomeText(Outcome outcome);
QIcon outcomeIcon(Outcome outcome);
// The signal colour itself (icon fill).
QColor outcomeColour(Outcome outcome);
// A cell background: the signal colour blended into the palette's base, so text stays readable in
// light and dark palettes.
QColor outcomeBackground(Outcome outcome, const QPalette& palette);

Outcome outcomeFor(Severity severity);
// "pass", "fail", "softfail", "neutral", "none", "temperror", "permerror" (SPF, DKIM and DMARC
// result words); anything else is Neutral.
Outcome outcomeFromResultWord(std::string_view word);

// What a model's data() returns for a cell showing this outcome, by role (Display, Decoration,
// Background, ToolTip, AccessibleText); an invalid QVariant for other roles.
QVariant outcomeData(Outcome outcome, int role, const QPalette& palette);

} // namespace dmarcplan::ui
