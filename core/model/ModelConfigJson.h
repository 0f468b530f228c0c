#pragma once
// Internal to the config readers: a ModelConfig read from an already parsed JSON object (e.g.
// a run config's "model"), so that its errors name the file and the field.

#include <nlohmann/json.hpp>
#include <string>

#include "model/ModelConfig.h"

namespace taxa {

/// Fields absent from @p j keep their defaults; @p prefix is put before field names in errors.
ModelConfig modelConfigFromJson(const nlohmann::json& j, const std::string& label,
                                const std::string& prefix);

}  // namespace taxa
