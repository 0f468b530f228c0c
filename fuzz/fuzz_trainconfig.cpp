// libFuzzer target: run configs (a run's config.json, --config) on any bytes. An accepted
// config must write back to JSON that reads back to the same config.

#include <cstddef>
#include <cstdint>
#include <string>

#include "train/TrainConfig.h"
#include "util/Error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    std::string json;
    try {
        const taxa::TrainConfig c = taxa::TrainConfig::fromJson(text, "config.json");
        json = c.toJson();
        c.validate();
    } catch (const taxa::Error&) {
        if (json.empty()) return 0;
    }
    // Not inside the try: an error reading our own output is a finding.
    if (taxa::TrainConfig::fromJson(json, "again.json").toJson() != json) __builtin_trap();
    return 0;
}
