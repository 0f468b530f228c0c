#include "model/WeightImport.h"

#include <torch/script.h>
#include <torch/torch.h>

#include <cstring>

#include "model/TorchPickle.h"
#include "util/Error.h"
#include "util/MappedFile.h"
#include "util/ZipArchive.h"

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

std::string shortMessage(const c10::Error& e) {
    std::string m = e.what_without_backtrace();
    if (const auto nl = m.find('\n'); nl != std::string::npos) m.resize(nl);
    return m.substr(0, 200);
}

torch::ScalarType scalarType(const std::string& dtype, const std::string& path) {
    static const std::map<std::string, torch::ScalarType> types{
        {"float32", torch::kFloat32},   {"float64", torch::kFloat64}, {"float16", torch::kFloat16},
        {"bfloat16", torch::kBFloat16}, {"int64", torch::kInt64},     {"int32", torch::kInt32},
        {"int16", torch::kInt16},       {"int8", torch::kInt8},       {"uint8", torch::kUInt8},
        {"bool", torch::kBool}};
    const auto it = types.find(dtype);
    if (it == types.end()) throw Error(path + ": tensors of type " + dtype + " are not supported");
    return it->second;
}

// The storage of record data/<key>, as a 1-D tensor of its dtype.
torch::Tensor readStorage(const ZipArchive& zip, const TensorRecord& r, const std::string& path) {
    const ZipEntry* e = zip.findInFolder("data/" + r.storageKey);
    if (!e) throw Error(path + ": storage " + r.storageKey + " is missing from the archive");
    const std::string_view bytes = zip.bytes(*e);
    if (bytes.size() / size_t(dtypeSize(r.dtype)) < size_t(r.storageNumel))
        throw Error(path + ": storage " + r.storageKey + " is shorter than its tensors need");
    torch::Tensor t = torch::empty({r.storageNumel}, scalarType(r.dtype, path));
    std::memcpy(t.data_ptr(), bytes.data(), size_t(r.storageNumel) * size_t(dtypeSize(r.dtype)));
    return t;
}

// A state dict written by torch.save (zip format): data.pkl names each tensor's storage
// record, shape and strides. Models wrapped in DataParallel save every key with a "module."
// prefix, which is dropped.
std::map<std::string, torch::Tensor> fromStateDict(const ZipArchive& zip, const std::string& path) {
    const ZipEntry* pkl = zip.findInFolder("data.pkl");
    if (!pkl) throw Error(path + ": the archive has no data.pkl");
    if (const ZipEntry* order = zip.findInFolder("byteorder");
        order && zip.bytes(*order) != "little")
        throw Error(path + ": saved on a big-endian machine; re-save it on this one");
    std::map<std::string, torch::Tensor> storages, out;
    bool allPrefixed = true;
    for (const TensorRecord& r : parseStateDictPickle(zip.bytes(*pkl), path)) {
        torch::Tensor& storage = storages[r.storageKey];
        if (!storage.defined()) storage = readStorage(zip, r, path);
        out[r.name] = storage.as_strided(r.sizes, r.strides, r.offset).clone();
        allPrefixed = allPrefixed && r.name.rfind("module.", 0) == 0;
    }
    if (!allPrefixed) return out;
    std::map<std::string, torch::Tensor> stripped;
    for (auto& [name, t] : out)
        stripped[name.substr(7)] = t;
    return stripped;
}

std::map<std::string, torch::Tensor> fromTorchScript(const std::string& path) {
    const torch::jit::Module source = torch::jit::load(path, torch::kCPU);
    std::map<std::string, torch::Tensor> out;
    for (const auto& p : source.named_parameters(/*recurse=*/true))
        out[p.name] = p.value;
    for (const auto& b : source.named_buffers(/*recurse=*/true))
        out[b.name] = b.value;
    return out;
}

}  // namespace

std::map<std::string, torch::Tensor> readWeightsFile(const std::string& path, std::string* format) {
    const MappedFile file(path, path, 0);  // names a missing file in one line
    if (file.size() >= 2 && static_cast<uint8_t>(file.data()[0]) == 0x80)
        throw Error(path +
                    ": saved in PyTorch's legacy (pre-1.6) format; load it in Python "
                    "and save it again with torch.save");
    const ZipArchive zip(file.data(), file.size(), path);
    zip.verify();
    // TorchScript archives carry their code; state dicts only data.pkl and the storages.
    const bool script = zip.findInFolder("constants.pkl") != nullptr;
    if (format) *format = script ? "TorchScript" : "state dict";
    if (!script) return fromStateDict(zip, path);
    try {
        return fromTorchScript(path);
    } catch (const c10::Error& e) {
        throw Error(path + ": unreadable TorchScript file (" + shortMessage(e) + ")");
    }
}

ImportReport copyMatching(torch::nn::Module& model, std::map<std::string, torch::Tensor> given) {
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
    for (const auto& entry : given)
        report.unexpected.push_back(entry.first);
    return report;
}

ImportReport importWeights(torch::nn::Module& model, const std::string& path) {
    std::string format;
    ImportReport report = copyMatching(model, readWeightsFile(path, &format));
    report.format = format;
    if (report.matched.empty())
        throw Error(path + ": no tensor of this " + format +
                    " matches the model by name and shape (" + report.summary() +
                    "); is it weights for another architecture?");
    return report;
}

}  // namespace taxa
