using System.Diagnostics;
using DevDb.Benchmark;
using DevDb.Tests.Infrastructure;
using Npgsql;
using Xunit;

namespace DevDb.Tests.Integration;

/// <summary>
/// The benchmark's simulated network link, between a client and the test server: what passes is
/// unchanged, and it takes at least the link's round trip and bandwidth (never less, however fast
/// the machine; a slow machine may take more).
/// </summary>
public class SimulatedLinkTests
{
    static NpgsqlConnection Through(SimulatedLink link)
    {
        var server = TestServer.Instance;
        var builder = new NpgsqlConnectionStringBuilder(server.ConnectionString()) { Host = "127.0.0.1", Port = link.Port };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }

    [Fact]
    public void Every_round_trip_through_the_link_takes_at_least_its_round_trip_time()
    {
        var server = TestServer.Instance;
        using var link = new SimulatedLink(server.Host, server.Port, new LinkSettings(20, 1000));
        using var connection = Through(link);
        using var command = new NpgsqlCommand("SELECT $1::int + 1", connection) { Parameters = { new() { Value = 41 } } };
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 5; i++) Assert.Equal(42, command.ExecuteScalar());
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(5 * 20), $"5 round trips took {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public void Bytes_pass_unchanged_and_no_faster_than_the_bandwidth()
    {
        var server = TestServer.Instance;
        // about 4 MB at 100 Mbit/s: at least 0.3 s
        using var link = new SimulatedLink(server.Host, server.Port, new LinkSettings(0, 100));
        using var connection = Through(link);
        using var command = new NpgsqlCommand("SELECT md5(string_agg(repeat(g::text, 100), ',' ORDER BY g)), string_agg(repeat(g::text, 100), ',' ORDER BY g) FROM generate_series(1, 10000) g", connection);
        var clock = Stopwatch.StartNew();
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var text = reader.GetString(1);
        var elapsed = clock.Elapsed;
        Assert.True(text.Length > 3_000_000, $"{text.Length:N0} characters");
        Assert.Equal(reader.GetString(0), Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(text))));
        Assert.True(elapsed >= TimeSpan.FromSeconds(text.Length * 8.0 / 100_000_000), $"{text.Length:N0} bytes took {elapsed.TotalSeconds:0.00} s");
    }
}
