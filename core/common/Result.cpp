#include "core/common/Result.h"

namespace dmarcplan {

std::string InputError::describe() const {
    std::string out = source;
    if (line > 0) {
        out += ":" + std::to_string(line);
        if (column > 0)
            out += ":" + std::to_string(column);
    }
    if (!out.empty())
        out += ": ";
    return out + message;
}

} // namespace dmarcplan
