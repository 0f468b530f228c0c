#include <cstdio>
#include <memory>

#include "Commands.h"
#include "engine/Engine.h"

namespace taxa::cli {

namespace {

struct ExportArgs {
    std::string checkpoint, out;
};

int runExport(const ExportArgs& a) {
    refuseOverwritingInputs({a.out}, {a.checkpoint});
    ExportReport report;
    engine::check(engine::get().exportStateDict(a.checkpoint, a.out, report));
    std::printf("Wrote %lld tensors of %s+%s to %s (torch.load reads it; %s)\n",
                static_cast<long long>(report.tensors), report.arch.c_str(), report.head.c_str(),
                a.out.c_str(),
                report.head == "avg" ? "torchvision's ResNet accepts it with load_state_dict"
                                     : "the iSQRT-COV head adds cov.* keys and a wider fc");
    return 0;
}

}  // namespace

Command addExport(CLI::App& app) {
    auto* sub = app.add_subcommand(
        "export", "Write a checkpoint's weights as a PyTorch state dict (torchvision names)");
    auto a = std::make_shared<ExportArgs>();
    sub->add_option("--checkpoint", a->checkpoint, "Checkpoint to read")
        ->required()
        ->type_name("FILE");
    sub->add_option("--out", a->out, "State dict to write")->required()->type_name("W.pth");
    return {sub, [a] { return runExport(*a); }};
}

}  // namespace taxa::cli
