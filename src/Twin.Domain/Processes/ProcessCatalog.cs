using System.Collections.Frozen;
using Twin.Domain.Processes.Models;

namespace Twin.Domain.Processes;

/// <summary>The kinds of node the twin knows, each with its process model.</summary>
public sealed class ProcessCatalog
{
    public const string BoundaryKind = "boundary";

    private readonly FrozenDictionary<string, IProcessModel> _models;

    public ProcessCatalog(IEnumerable<IProcessModel> models) =>
        _models = models.ToFrozenDictionary(m => m.Kind, StringComparer.Ordinal);

    public static ProcessCatalog Default { get; } = new(
    [
        new BoundaryModel(),
        new EnterpriseModel(),
        new ChpModel(),
        new HeatingPlantModel(),
        new HeatExchangeStationModel(),
        new WwtpModel(),
        new ReclaimedWaterPlantModel(),
        new SwroModel(),
        new MedModel(),
        new WaterWorksModel(),
        new WaterPipelineModel(),
        new HeatPipelineModel(),
    ]);

    public IEnumerable<string> Kinds => _models.Keys.Order(StringComparer.Ordinal);

    public IEnumerable<IProcessModel> Models => Kinds.Select(k => _models[k]);

    public bool TryGet(string kind, out IProcessModel model) => _models.TryGetValue(kind, out model!);

    public IProcessModel Get(string kind) => _models[kind];
}
