#include "model/Checkpoint.h"

#include <torch/torch.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "util/AtomicFile.h"
#include "util/Error.h"
#include "util/JsonFields.h"
#include "util/JsonText.h"
#include "util/ZipArchive.h"

namespace taxa {

namespace {

const char* kMetaKey = "taxa_meta";

std::string metaJson(const CheckpointMeta& m) {
    nlohmann::json j{{"format", "taxa-checkpoint"},
                     {"version", kCheckpointVersion},
                     {"model", nlohmann::json::parse(m.model.toJson())},
                     {"run_config", m.runConfig},
                     {"category_ids", m.categoryIds},
                     {"epoch", m.epoch},
                     {"step", m.step},
                     {"metrics", m.metrics},
                     {"sampler_state", m.samplerState}};
    return jsonText(j);
}

CheckpointMeta parseMeta(const std::string& text, const std::string& path) {
    try {
        const auto j = nlohmann::json::parse(text);
        if (j.value("format", "") != "taxa-checkpoint")
            throw Error(path + ": not a Taxa checkpoint");
        // Numbers through checked reads: nlohmann's value<int>() of 1e300 is undefined.
        namespace jf = jsonfields;
        int64_t version = 0;
        jf::read(j, "version", version, path);
        if (version > kCheckpointVersion)
            throw Error(path + ": checkpoint format " + std::to_string(version) +
                        " is newer than this program understands");
        CheckpointMeta m;
        m.model = ModelConfig::fromJson(j.at("model").dump());
        m.runConfig = j.value("run_config", "{}");
        const auto& ids = j.at("category_ids");
        if (!ids.is_array()) throw Error(path + ": the checkpoint's category ids are not a list");
        for (const auto& id : ids)
            m.categoryIds.push_back(jf::integerOf<int64_t>(id, path, "category_ids"));
        jf::read(j, "epoch", m.epoch, path);
        jf::read(j, "step", m.step, path);
        m.metrics = j.value("metrics", "{}");
        m.samplerState = j.value("sampler_state", "");
        return m;
    } catch (const nlohmann::json::exception& e) {
        throw Error(path + ": unreadable checkpoint metadata (" + e.what() + ")");
    }
}

// Reads the file once: its records' CRCs are checked (LibTorch's reader does not, so a
// corrupt checkpoint would load as wrong weights), then LibTorch parses the same bytes.
torch::serialize::InputArchive openArchive(const std::string& path) {
    const std::string bytes = readFile(path);
    ZipArchive(bytes.data(), bytes.size(), path).verify();
    torch::serialize::InputArchive archive;
    try {
        archive.load_from(bytes.data(), bytes.size());
    } catch (const c10::Error& e) {
        throw Error(path + ": not a readable checkpoint (corrupt or truncated file)");
    } catch (const std::exception& e) {
        throw Error(path + ": not a readable checkpoint (" + std::string(e.what()).substr(0, 200) +
                    ")");
    }
    return archive;
}

CheckpointMeta metaFrom(torch::serialize::InputArchive& archive, const std::string& path) {
    c10::IValue value;
    try {
        if (!archive.try_read(kMetaKey, value) || !value.isString())
            throw Error(path + ": not a Taxa checkpoint (no metadata)");
    } catch (const c10::Error&) {
        throw Error(path + ": not a Taxa checkpoint (no metadata)");
    }
    return parseMeta(value.toStringRef(), path);
}

}  // namespace

void saveCheckpoint(const std::string& path, torch::nn::Module& model,
                    torch::optim::Optimizer* optimizer, const CheckpointMeta& meta) {
    torch::serialize::OutputArchive archive;
    archive.write(kMetaKey, c10::IValue(metaJson(meta)));
    torch::serialize::OutputArchive modelArchive;
    model.save(modelArchive);
    archive.write("model", modelArchive);
    if (optimizer) {
        torch::serialize::OutputArchive optArchive;
        optimizer->save(optArchive);
        archive.write("optimizer", optArchive);
    }
    std::ostringstream bytes;
    archive.save_to(bytes);
    writeFileAtomic(path, bytes.str());
}

CheckpointFile::CheckpointFile(std::string path)
    : path_(std::move(path)), archive_(openArchive(path_)), meta_(metaFrom(archive_, path_)) {}

CheckpointMeta readCheckpointMeta(const std::string& path) {
    return CheckpointFile(path).meta();
}

void CheckpointFile::loadInto(torch::nn::Module& model, torch::optim::Optimizer* optimizer,
                              const ModelConfig& expected) {
    const std::string& path = path_;
    const CheckpointMeta& meta = meta_;
    torch::serialize::InputArchive& archive = archive_;
    if (meta.model.arch != expected.arch || meta.model.head != expected.head ||
        meta.model.covDim != expected.covDim ||
        meta.model.lastStageStride1 != expected.lastStageStride1)
        throw Error(path + ": checkpoint is for " + meta.model.signature() + ", not " +
                    expected.signature());
    if (meta.model.classes != expected.classes)
        throw Error(path + ": checkpoint has " + std::to_string(meta.model.classes) +
                    " classes, the model " + std::to_string(expected.classes));
    // Load into copies first, so that a failure half way leaves the model untouched.
    try {
        torch::serialize::InputArchive modelArchive;
        if (!archive.try_read("model", modelArchive))
            throw Error(path + ": checkpoint has no model state");
        std::vector<torch::Tensor> backup;
        {
            torch::NoGradGuard noGrad;
            for (const auto& t : model.parameters())
                backup.push_back(t.detach().clone());
            for (const auto& t : model.buffers())
                backup.push_back(t.detach().clone());
        }
        try {
            model.load(modelArchive);
            if (optimizer) {
                torch::serialize::InputArchive optArchive;
                if (archive.try_read("optimizer", optArchive)) optimizer->load(optArchive);
            }
        } catch (...) {
            torch::NoGradGuard noGrad;
            size_t i = 0;
            for (auto& t : model.parameters())
                t.copy_(backup[i++]);
            for (auto& t : model.buffers())
                t.copy_(backup[i++]);
            throw;
        }
    } catch (const c10::Error& e) {
        throw Error(path + ": checkpoint does not fit the model (" +
                    std::string(e.what_without_backtrace()).substr(0, 200) + ")");
    }
}

CheckpointMeta loadCheckpoint(const std::string& path, torch::nn::Module& model,
                              torch::optim::Optimizer* optimizer, const ModelConfig& expected) {
    CheckpointFile file(path);
    file.loadInto(model, optimizer, expected);
    return file.meta();
}

}  // namespace taxa
