using DevDb.Cluster;
using DevDb.Connections;

namespace DevDb.Tests.Infrastructure;

/// <summary>
/// The demo's cluster on a free port of its own (DEVDB_DEMO_PORT), so a demo the developer is
/// running is left alone; destroyed when disposed.
/// </summary>
public sealed class OwnDemoCluster : IDisposable
{
    public OwnDemoCluster()
    {
        Port = TestServer.FreePort();
        Environment = new Dictionary<string, string?> { ["DEVDB_DEMO_PORT"] = Port.ToString() };
        Root = DevDbSettings.FindRepositoryRoot(AppContext.BaseDirectory);
        Cluster = new LocalCluster(Path.Combine(Root, ".devdb", "demo-cluster-" + Port), Port);
    }

    public int Port { get; }

    /// <summary>The environment Cake runs with, pointing the demo at this port.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; }

    public string Root { get; }

    public LocalCluster Cluster { get; }

    public void Dispose() => Cluster.Destroy();
}
