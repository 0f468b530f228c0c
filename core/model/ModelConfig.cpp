#include "model/ModelConfig.h"

#include <nlohmann/json.hpp>

#include "model/ModelConfigJson.h"
#include "util/Error.h"
#include "util/JsonFields.h"
#include "util/JsonText.h"

namespace taxa {

std::string ModelConfig::signature() const {
    std::string s = arch + (lastStageStride1 ? "(stride1)" : "") + "+" + head;
    if (head == "mpncov")
        s += "(d=" + std::to_string(covDim) + ",N=" + std::to_string(nsIterations) + ")";
    return s + "/" + std::to_string(classes);
}

void ModelConfig::validate() const {
    if (arch != "resnet18" && arch != "resnet34" && arch != "resnet50" && arch != "resnet101" &&
        arch != "resnet152")
        throw Error("unknown architecture '" + arch + "' (resnet18, 34, 50, 101 or 152)");
    if (head != "avg" && head != "mpncov")
        throw Error("unknown head '" + head + "' (avg or mpncov)");
    if (classes < 1 || classes > 1000000) throw Error("class count must be between 1 and 1000000");
    if (covDim < 2 || covDim > 1024) throw Error("covariance dimension must be between 2 and 1024");
    if (nsIterations < 1 || nsIterations > 50)
        throw Error("Newton-Schulz iterations must be between 1 and 50");
}

std::string ModelConfig::toJson() const {
    nlohmann::json j{{"arch", arch},
                     {"head", head},
                     {"classes", classes},
                     {"cov_dim", covDim},
                     {"ns_iterations", nsIterations},
                     {"last_stage_stride1", lastStageStride1}};
    return jsonText(j);
}

ModelConfig modelConfigFromJson(const nlohmann::json& j, const std::string& label,
                                const std::string& prefix) {
    if (!j.is_object())
        throw Error(label + ": field '" + prefix.substr(0, prefix.size() - 1) +
                    "': expected an object, got " + jsonfields::typeName(j));
    ModelConfig c;
    jsonfields::read(j, "arch", c.arch, label, prefix);
    jsonfields::read(j, "head", c.head, label, prefix);
    jsonfields::read(j, "classes", c.classes, label, prefix);
    jsonfields::read(j, "cov_dim", c.covDim, label, prefix);
    jsonfields::read(j, "ns_iterations", c.nsIterations, label, prefix);
    jsonfields::read(j, "last_stage_stride1", c.lastStageStride1, label, prefix);
    return c;
}

ModelConfig ModelConfig::fromJson(const std::string& text) {
    const std::string label = "model config";
    return modelConfigFromJson(jsonfields::parseObject(text, label), label, "");
}

}  // namespace taxa
