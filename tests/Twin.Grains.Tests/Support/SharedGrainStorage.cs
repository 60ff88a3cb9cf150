using System.Collections.Concurrent;
using System.Globalization;
using Orleans.Storage;

namespace Twin.Grains.Tests.Support;

/// <summary>
/// Grain storage that every silo of a test cluster shares and that outlives any one of them,
/// as a database would: killing a silo must not take the stored state with it (the cluster's
/// own memory storage lives in grains, which die with their silo). State is serialized with
/// the twin's serializer and versioned like the ADO.NET provider: a write with a stale version
/// throws <see cref="InconsistentStateException"/>.
/// </summary>
internal sealed class SharedGrainStorage(SharedGrainStorage.Rows rows, IGrainStorageSerializer serializer)
    : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (rows.TryGetValue(Key(stateName, grainId), out var row))
        {
            grainState.State = serializer.Deserialize<T>(new BinaryData(row.Payload))!;
            grainState.ETag = Text(row.Version);
            grainState.RecordExists = true;
        }
        else
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = Key(stateName, grainId);
        var payload = serializer.Serialize(grainState.State).ToArray();
        var version = grainState.ETag is null ? 1 : int.Parse(grainState.ETag, CultureInfo.InvariantCulture) + 1;
        var row = new Row(payload, version);

        var stored = grainState.ETag is null
            ? rows.TryAdd(key, row)
            : rows.TryGetValue(key, out var current) && Text(current.Version) == grainState.ETag
                && rows.TryUpdate(key, row, current);
        if (!stored)
        {
            throw new InconsistentStateException($"version conflict writing {key}", grainState.ETag, "?");
        }

        grainState.ETag = Text(version);
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        rows.TryRemove(Key(stateName, grainId), out _);
        grainState.ETag = null;
        grainState.RecordExists = false;
        grainState.State = Activator.CreateInstance<T>();
        return Task.CompletedTask;
    }

    private static string Key(string stateName, GrainId grainId) => $"{stateName}|{grainId}";

    private static string Text(int version) => version.ToString(CultureInfo.InvariantCulture);

    public sealed record Row(byte[] Payload, int Version);

    /// <summary>The rows, shared by every silo of one cluster.</summary>
    public sealed class Rows : ConcurrentDictionary<string, Row>;
}
