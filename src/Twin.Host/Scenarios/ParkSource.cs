using ParkTopology = Twin.Topology.Topology;

namespace Twin.Host.Scenarios;

/// <summary>A park the host serves: its id, where its files are, and the topology read from them.</summary>
/// <param name="Path">The park's folder (park.yaml and scenarios/) or its single park file.</param>
internal sealed record ParkSource(string Park, string Path, ParkTopology Topology);
