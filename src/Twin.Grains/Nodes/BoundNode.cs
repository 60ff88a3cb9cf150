using Twin.Domain.Processes;
using Twin.Domain.Simulation;
using Twin.Grains.Abstractions.Nodes;
using Twin.Grains.Mapping;

namespace Twin.Grains.Nodes;

/// <summary>A node's process bound for one run, with the series it evaluates on.</summary>
internal sealed class BoundNode
{
    private BoundNode(NodeSetup setup, IProcess process, NodeIo io)
    {
        Setup = setup;
        Process = process;
        Io = io;
    }

    public NodeSetup Setup { get; }

    public IProcess Process { get; }

    public NodeIo Io { get; }

    /// <summary>Binds the node's process from the domain's catalog, exactly as the kernel's network does.</summary>
    public static BoundNode Bind(NodeSetup setup)
    {
        var spec = setup.Node.ToModel();
        var model = ProcessCatalog.Default.Get(spec.Kind);
        var inputs = setup.Inputs.Select(p => p.ToModel()).ToArray();
        var outputs = setup.Outputs.Select(p => p.ToModel()).ToArray();

        var binding = new NodeBinding(spec, ParkNetwork.Values(spec, model), inputs, outputs,
            ParkMapping.ToModel(setup.Horizon), setup.Profile, setup.ReferenceTemperature);
        var io = new NodeIo(binding.Steps, inputs.Length, outputs.Length);
        return new BoundNode(setup, model.Bind(binding), io);
    }

    /// <summary>Evaluates on fresh inward series; the outward ones stay the node's until its next call.</summary>
    public void Evaluate(NodeInputs inputs)
    {
        CopyInto(inputs.InFlows, Io.InFlows);
        CopyInto(inputs.OutRequests, Io.OutRequests);

        Io.Reset();
        Process.Evaluate(Io);
    }

    private static void CopyInto(double[][] source, double[][] target)
    {
        if (source.Length != target.Length)
        {
            throw new ArgumentException($"expected {target.Length} series, got {source.Length}");
        }

        for (var port = 0; port < target.Length; port++)
        {
            source[port].AsSpan().CopyTo(target[port]);
        }
    }
}
