#pragma once
// Core hands out texts as codes with parameters (dmarcplan::Message, dmarcplan::Finding); their
// English templates live in core's MessageCatalogue, wrapped in DMARCPLAN_TR(context, text) so that
// lupdate extracts them into our .ts files. Here they are translated first and filled in second, so
// a translation may move the {placeholders} wherever its grammar wants them.

#include "core/common/Finding.h"
#include "core/common/Message.h"

#include <QString>
#include <string_view>

namespace dmarcplan::ui {

QString translatedMessage(std::string_view code, const MessageParams& params);
QString translatedFix(std::string_view code, const MessageParams& params); // empty when none
QString translatedMessage(const Message& message);
QString translatedMessage(const Finding& finding);
QString translatedFix(const Finding& finding);

} // namespace dmarcplan::ui
