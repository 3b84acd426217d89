/* Host test shim, force-included into every runtime source when host gcc builds it:
   declares the __syscall builtin that Shuttle's parser provides. */
long __syscall(long n, ...);
