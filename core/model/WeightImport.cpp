#include "model/WeightImport.h"

#include <torch/script.h>
#include <torch/torch.h>

#include <map>

#include "util/Error.h"

namespace taxa {

std::string ImportReport::summary() const {
    return "matched " + std::to_string(matched.size()) + ", missing " +
           std::to_string(missing.size()) + ", wrong shape " + std::to_string(wrongShape.size()) +
           ", unexpected " + std::to_string(unexpected.size());
}

namespace {

std::string shapeOf(const torch::Tensor& t) {
    std::string s = "[";
    for (int64_t i = 0; i < t.dim(); ++i)
        s += (i ? "," : "") + std::to_string(t.size(i));
    return s + "]";
}

}  // namespace

ImportReport importWeights(torch::nn::Module& model, const std::string& path) {
    torch::jit::Module source;
    try {
        source = torch::jit::load(path, torch::kCPU);
    } catch (const c10::Error& e) {
        throw Error(path + ": not a readable TorchScript file (" +
                    std::string(e.what_without_backtrace()).substr(0, 200) + ")");
    }
    std::map<std::string, torch::Tensor> given;
    for (const auto& p : source.named_parameters(/*recurse=*/true))
        given[p.name] = p.value;
    for (const auto& b : source.named_buffers(/*recurse=*/true))
        given[b.name] = b.value;

    ImportReport report;
    torch::NoGradGuard noGrad;
    auto take = [&](const std::string& name, torch::Tensor& target) {
        const auto it = given.find(name);
        if (it == given.end()) {
            report.missing.push_back(name);
            return;
        }
        if (it->second.sizes() != target.sizes()) {
            report.wrongShape.push_back(name + " " + shapeOf(it->second) + " vs " +
                                        shapeOf(target));
        } else {
            target.copy_(it->second.to(target.device(), target.scalar_type()));
            report.matched.push_back(name);
        }
        given.erase(it);
    };
    for (auto& p : model.named_parameters(/*recurse=*/true))
        take(p.key(), p.value());
    for (auto& b : model.named_buffers(/*recurse=*/true))
        take(b.key(), b.value());
    for (const auto& [name, t] : given)
        report.unexpected.push_back(name);
    return report;
}

}  // namespace taxa
