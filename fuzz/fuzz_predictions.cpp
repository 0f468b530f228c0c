// libFuzzer target: the predictions CSV reader (Kaggle submission and top-k store) on any bytes,
// checked against the tests' fixture val split. An accepted file must hold one row per image
// with at least three known classes, and write back to what it read.

#include <cstddef>
#include <cstdint>
#include <string>

#include "FuzzDataset.h"
#include "eval/Predictions.h"
#include "util/Error.h"

using namespace taxa;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const Dataset& ds = fuzz::fixtureDataset();
    const std::string text(reinterpret_cast<const char*>(data), size);
    PredictionSet p;
    try {
        p = readPredictions(text, "fuzz.csv", ds, Split::Val);
    } catch (const Error&) {
        return 0;
    }
    for (const Prediction& r : p.rows) {
        if (r.classes.size() < 3) __builtin_trap();
        for (int32_t c : r.classes)
            if (c < 0 || static_cast<size_t>(c) >= ds.categories.size()) __builtin_trap();
    }
    // What was read writes back to a file that reads the same.
    const std::string again = toKaggleCsv(p, ds);
    const PredictionSet back = readPredictions(again, "again.csv", ds, Split::Val);
    if (toKaggleCsv(back, ds) != again) __builtin_trap();
    return 0;
}
