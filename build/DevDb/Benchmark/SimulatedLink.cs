using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using DevDb.Common;

namespace DevDb.Benchmark;

/// <summary>
/// What the benchmark puts between the developer side and production: nothing (one machine), or a
/// network link with a round-trip time and a bandwidth, as between an office or a CI runner and a
/// production server elsewhere.
/// </summary>
public sealed record LinkSettings(double RoundTripMilliseconds, double MegabitsPerSecond)
{
    /// <summary>Parses --link=RTT_MS,MBIT (for example 2,1000: 2 ms round trip, 1 Gbit/s).</summary>
    public static LinkSettings Parse(string text)
    {
        var parts = text.Split(',');
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var rtt) && rtt is >= 0 and <= 1000
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var mbit) && mbit is >= 1 and <= 100_000)
            return new LinkSettings(rtt, mbit);
        throw new DevDbException($"--link={text} is not a link; give the round trip in milliseconds and the bandwidth in Mbit/s, such as --link=2,1000", ExitCodes.BadInput);
    }

    public override string ToString() =>
        $"{RoundTripMilliseconds.ToString("0.###", CultureInfo.InvariantCulture)} ms round trip, {MegabitsPerSecond.ToString("0.###", CultureInfo.InvariantCulture)} Mbit/s";
}

/// <summary>
/// A TCP relay on a local port to a server: every byte is delayed by half the round trip and sent no
/// faster than the bandwidth, in each direction, as a network link would. Connections to production
/// go through it, so round trips and bytes cost what they would over that link. Each direction of a
/// connection has a thread that reads and one that delivers on time (timers count whole
/// milliseconds and oversleep; a thread that sleeps to the microsecond does not).
/// </summary>
public sealed class SimulatedLink : IDisposable
{
    readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    readonly CancellationTokenSource _stop = new();
    readonly List<TcpClient> _open = [];
    readonly string _host;
    readonly int _port;
    readonly long _oneWayTicks;
    readonly double _bytesPerTick;

    public SimulatedLink(string host, int port, LinkSettings settings)
    {
        (_host, _port) = (host, port);
        _oneWayTicks = (long)(settings.RoundTripMilliseconds / 2 / 1000 * Stopwatch.Frequency);
        _bytesPerTick = settings.MegabitsPerSecond * 1_000_000 / 8 / Stopwatch.Frequency;
        _listener.Start();
        Start(Accept);
    }

    /// <summary>The local port that leads to the server through the link.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    static void Start(ThreadStart work) => new Thread(work) { IsBackground = true }.Start();

    void Accept()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient? client = null, server;
            try
            {
                client = _listener.AcceptTcpClient();
                server = new TcpClient(_host, _port);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                client?.Close();   // the server refused: so does the link
                continue;
            }
            client.NoDelay = server.NoDelay = true;
            lock (_open) _open.AddRange([client, server]);
            Relay(client, server);
            Relay(server, client);
        }
    }

    /// <summary>One direction: chunks leave no faster than the bandwidth and arrive half a round trip later.</summary>
    void Relay(TcpClient from, TcpClient to)
    {
        // at most 4 MB in flight, as a TCP window would allow: a fast sender waits for the link
        var inFlight = new BlockingCollection<(byte[] Data, int Length, long Arrival)>(64);
        Start(() =>
        {
            var departed = 0L;
            try
            {
                var source = from.GetStream();
                while (true)
                {
                    var buffer = new byte[64 * 1024];
                    var read = source.Read(buffer);
                    if (read == 0) break;
                    departed = Math.Max(departed, Stopwatch.GetTimestamp()) + (long)(read / _bytesPerTick);
                    inFlight.Add((buffer, read, departed + _oneWayTicks), _stop.Token);
                }
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException or InvalidOperationException) { }
            finally { inFlight.CompleteAdding(); }
        });
        Start(() =>
        {
            try
            {
                var target = to.GetStream();
                foreach (var (data, length, arrival) in inFlight.GetConsumingEnumerable(_stop.Token))
                {
                    SleepUntil(arrival);
                    target.Write(data, 0, length);
                }
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException or InvalidOperationException) { }
            finally
            {
                // when one side has closed, close the other, as a network would pass on the end
                to.Close();
                from.Close();
                lock (_open) { _open.Remove(to); _open.Remove(from); }
            }
        });
    }

    static void SleepUntil(long timestamp)
    {
        var micros = (timestamp - Stopwatch.GetTimestamp()) * 1_000_000 / Stopwatch.Frequency;
        if (micros <= 0) return;
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) usleep((uint)Math.Min(micros, uint.MaxValue));
        else Thread.Sleep(TimeSpan.FromMilliseconds(Math.Ceiling(micros / 1000.0)));
    }

    [DllImport("libc")]
    static extern int usleep(uint microseconds);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_open) foreach (var c in _open) c.Close();
    }
}
