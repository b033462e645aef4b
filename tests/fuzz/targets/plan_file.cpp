// A plan file (dmarcplan.json: lint, generate, check, the GUI's File > Open) through the plan reader
// and validator; a plan that reads is written out and must read back as the same plan.
#include "tests/fuzz/FuzzTarget.h"

#include "core/plan/Plan.h"

using namespace dmarcplan;

DMARCPLAN_FUZZ_TARGET(plan_file) {
    auto plan = plan::planFromJson(input, "fuzz.json");
    if (!plan) {
        FUZZ_CHECK(!plan.error().describe().empty());
        return;
    }
    auto written = plan::planToJson(*plan);
    auto reread = plan::planFromJson(written, "written.json");
    FUZZ_CHECK(reread.ok());
    FUZZ_CHECK(*reread == *plan);
}
