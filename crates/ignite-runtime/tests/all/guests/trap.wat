(module
  ;;PRELUDE
  (func (export "_start") unreachable))
