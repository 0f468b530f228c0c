#include "model/ModelConfig.h"

#include <nlohmann/json.hpp>

#include "util/Error.h"

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
    return j.dump();
}

ModelConfig ModelConfig::fromJson(const std::string& text) {
    ModelConfig c;
    try {
        const auto j = nlohmann::json::parse(text);
        c.arch = j.value("arch", c.arch);
        c.head = j.value("head", c.head);
        c.classes = j.value("classes", c.classes);
        c.covDim = j.value("cov_dim", c.covDim);
        c.nsIterations = j.value("ns_iterations", c.nsIterations);
        c.lastStageStride1 = j.value("last_stage_stride1", c.lastStageStride1);
    } catch (const nlohmann::json::exception& e) {
        throw Error(std::string("model config: ") + e.what());
    }
    return c;
}

}  // namespace taxa
