namespace Twin.Grains.Tests.Support;

/// <summary>Puts each incoming grain call of one silo through the cluster's <see cref="EvaluationGate"/>.</summary>
internal sealed class EvaluationGateFilter(EvaluationGate gate, ILocalSiloDetails silo) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        await gate.PassAsync(context.TargetId.Key.ToString()!, context.InterfaceMethod.Name, silo.SiloAddress);
        await context.Invoke();
    }
}
