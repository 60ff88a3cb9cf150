using Twin.Domain.Processes;

namespace Twin.Domain.Simulation;

/// <summary>A node during a run: its bound process, its series and its connections.</summary>
public sealed class NetworkNode
{
    public NetworkNode(int index, NodeBinding binding, IProcessModel model, IProcess process,
        IReadOnlyList<int> inEdges, IReadOnlyList<int> outEdges)
    {
        Index = index;
        Binding = binding;
        Model = model;
        Process = process;
        InEdges = inEdges;
        OutEdges = outEdges;
        Io = new NodeIo(binding.Steps, inEdges.Count, outEdges.Count);
    }

    public int Index { get; }

    public string Id => Binding.Node.Id;

    public string Kind => Binding.Node.Kind;

    public NodeBinding Binding { get; }

    public IProcessModel Model { get; }

    public IProcess Process { get; }

    /// <summary>Edge index per input port.</summary>
    public IReadOnlyList<int> InEdges { get; }

    /// <summary>Edge index per output port.</summary>
    public IReadOnlyList<int> OutEdges { get; }

    public NodeIo Io { get; }

    public bool IsBoundary => Kind == ProcessCatalog.BoundaryKind;
}
