using System.ComponentModel;
using System.Diagnostics;

namespace Publisher.Cli;

/// <summary>Opens an address in the person's default web browser.</summary>
internal static class Browser
{
    /// <summary>Hands the address to the system (xdg-open, open, start); says so when no browser could be started.</summary>
    public static void Open(Uri address)
    {
        try
        {
            using var started = Process.Start(new ProcessStartInfo(address.AbsoluteUri) { UseShellExecute = true });
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            Console.Error.WriteLine($"publisher: could not open a browser ({e.Message}); open {address} yourself");
        }
    }
}
