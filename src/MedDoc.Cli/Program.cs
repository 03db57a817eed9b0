Console.Error.WriteLine("meddoc: no command yet");
return 2;
