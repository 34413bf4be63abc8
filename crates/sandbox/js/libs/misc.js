(function(internal){ internal.uuid = function(){}; internal.Buffer = function(){}; })(__cogman_internal);
