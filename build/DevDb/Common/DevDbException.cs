namespace DevDb.Common;

/// <summary>
/// An expected failure caused by input or environment (bad config, unreachable server, ...).
/// Its message is shown to the user as one line; <see cref="ExitCode"/> becomes the process exit code.
/// </summary>
public class DevDbException : Exception
{
    public DevDbException(string message, int exitCode = ExitCodes.Failed, Exception? inner = null)
        : base(message, inner) => ExitCode = exitCode;

    public int ExitCode { get; }
}

public static class ExitCodes
{
    public const int Failed = 1;
    public const int BadInput = 2;
    public const int Connection = 3;
    public const int ExternalTool = 4;
}
